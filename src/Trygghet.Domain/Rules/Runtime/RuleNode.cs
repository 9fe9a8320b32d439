using Trygghet.Domain.Rules.Authoring;
namespace Trygghet.Domain.Rules.Runtime;

/// <summary>One rule version compiled into the network: effective metadata, definition and agenda position.</summary>
internal sealed class RuleNode
{
    public RuleNode(Rule rule, RuleMetadata metadata, RuleDefinition definition, int index)
    {
        Rule = rule;
        Metadata = metadata;
        Definition = definition;
        Index = index;
        Arity = definition.PatternTypes.Length;
        IsFiltered = definition.Filters.Length > 0;
    }

    public Rule Rule { get; }

    public RuleMetadata Metadata { get; }

    public RuleDefinition Definition { get; }

    /// <summary>Position on the agenda: priority (higher first), then the order the rules were added.</summary>
    public int Index { get; }

    public int Arity { get; }

    /// <summary>Whether the rule has <c>Exists</c>/<c>NotExists</c> filters (evaluated in the second stratum).</summary>
    public bool IsFiltered { get; }

    /// <summary>A fact arrived for pattern <paramref name="pattern"/> of this rule.</summary>
    public void OnFact(RuleSession session, int pattern, object fact)
    {
        switch (pattern)
        {
            case 0:
                var where = Definition.Where;
                if (where is not null && !where(fact))
                {
                    return;
                }

                if (Arity == 1)
                {
                    session.Enqueue(this, new Activation(fact, null, null));
                }
                else
                {
                    Definition.Join2!.Left(session, this, fact, null);
                }

                break;
            case 1:
                Definition.Join2!.Right(session, this, fact);
                break;
            default:
                Definition.Join3!.Right(session, this, fact);
                break;
        }
    }

    /// <summary>The first join produced a pair.</summary>
    public void OnPair(RuleSession session, object a, object b)
    {
        if (Arity == 2)
        {
            session.Enqueue(this, new Activation(a, b, null));
        }
        else
        {
            Definition.Join3!.Left(session, this, a, b);
        }
    }

    /// <summary>The second join produced a triple.</summary>
    public void OnTriple(RuleSession session, object a, object b, object c) =>
        session.Enqueue(this, new Activation(a, b, c));
}
