using System.Collections.Immutable;
using Trygghet.Domain.Rules.Authoring;
namespace Trygghet.Domain.Rules.Runtime;

/// <summary>One rule version compiled into the network: effective metadata, definition and agenda position.</summary>
internal sealed class RuleNode
{
    public RuleNode(Rule rule, RuleMetadata metadata, RuleDefinition definition, int index, int stratum)
    {
        Stratum = stratum;
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

    /// <summary>Position on the agenda: stratum (lower first), priority (higher first), then the order the rules were added.</summary>
    public int Index { get; }

    /// <summary>Skikt (stratum): 0 for rules that test no derived type; above every rule whose derived types it tests.</summary>
    public int Stratum { get; }

    public int Arity { get; }

    /// <summary>Whether the rule has <c>Exists</c>/<c>NotExists</c> filters (evaluated when an activation is fired).</summary>
    public bool IsFiltered { get; }

    /// <summary>The matched facts of an activation, in pattern order.</summary>
    public ImmutableArray<object> Tuple(in Activation activation) => Arity switch
    {
        1 => ImmutableArray.Create(activation.A),
        2 => ImmutableArray.Create(activation.A, activation.B!),
        _ => ImmutableArray.Create(activation.A, activation.B!, activation.C!),
    };

    /// <summary>Throws, naming the rule, when the rule inserts a fact of a type it has not declared.</summary>
    public void EnsureDeclared(object fact)
    {
        if (!Definition.Declares(fact))
        {
            throw new RuleEngineException(
                Metadata.Id,
                $"Rule {Metadata.Id} inserted a fact of a type it does not declare; declare each derived type with rule.Inserts<T>() before Match.");
        }
    }

    /// <summary>A fact arrived for pattern <paramref name="pattern"/> of this rule.</summary>
    public void OnFact(WorkingMemory memory, int pattern, object fact)
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
                    memory.Enqueue(this, new Activation(fact, null, null));
                }
                else
                {
                    Definition.Join2!.Left(memory, this, fact, null);
                }

                break;
            case 1:
                Definition.Join2!.Right(memory, this, fact);
                break;
            default:
                Definition.Join3!.Right(memory, this, fact);
                break;
        }
    }

    /// <summary>The first join produced a pair.</summary>
    public void OnPair(WorkingMemory memory, object a, object b)
    {
        if (Arity == 2)
        {
            memory.Enqueue(this, new Activation(a, b, null));
        }
        else
        {
            Definition.Join3!.Left(memory, this, a, b);
        }
    }

    /// <summary>The second join produced a triple.</summary>
    public void OnTriple(WorkingMemory memory, object a, object b, object c) =>
        memory.Enqueue(this, new Activation(a, b, c));
}
