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
        Action<IRuleContext, object, object?, object?> action)
    {
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
}
