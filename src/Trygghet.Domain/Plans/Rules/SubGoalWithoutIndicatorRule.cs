using Trygghet.Domain.Plans.Facts;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.Plans.Rules;

/// <summary>Delmål utan målindikator (a sub-goal has no indicator).</summary>
internal sealed class SubGoalWithoutIndicatorRule : Rule
{
    /// <inheritdoc/>
    public override RuleMetadata Metadata { get; } = new()
    {
        Id = "PLAN-DELMAL-UTAN-INDIKATOR",
        Basis = PlanBases.SubGoalsAndIndicators,
        Tags = ["plan", "indicator"],
    };

    /// <inheritdoc/>
    protected override void Define(RuleBuilder rule) =>
        rule.Match<SubGoalFact>(g => g.Commitments.EverySubGoalHasIndicators && g.IndicatorCount == 0)
            .Then((ctx, g) => ctx.Report(g.Path, ("number", g.Number), ("name", g.Name)));
}
