using Trygghet.Domain.Rules.Runtime;
using Trygghet.Domain.Rules.Authoring;
namespace Trygghet.Domain.Rules;

/// <summary>The compiled shape of one rule's definition: its patterns, joins, filters and action.</summary>
internal sealed class RuleDefinition
{
    public RuleDefinition(
        Type[] patternTypes,
        Func<object, bool>? where,
        JoinStage? join2,
        JoinStage? join3,
        FilterStage[] filters,
        Action<IRuleContext, object, object?, object?> action,
        Type[] insertTypes)
    {
        InsertTypes = insertTypes;
        PatternTypes = patternTypes;
        Where = where;
        Join2 = join2;
        Join3 = join3;
        Filters = filters;
        Action = action;
    }

    public Type[] PatternTypes { get; }

    public Func<object, bool>? Where { get; }

    public JoinStage? Join2 { get; }

    public JoinStage? Join3 { get; }

    public FilterStage[] Filters { get; }

    public Action<IRuleContext, object, object?, object?> Action { get; }

    /// <summary>The fact types the rule declares it inserts (<see cref="RuleBuilder.Inserts{T}"/>).</summary>
    public Type[] InsertTypes { get; }

    /// <summary>Whether the rule declares a type that <paramref name="fact"/> is an instance of.</summary>
    public bool Declares(object fact)
    {
        foreach (var type in InsertTypes)
        {
            if (type.IsInstanceOfType(fact))
            {
                return true;
            }
        }

        return false;
    }
}
