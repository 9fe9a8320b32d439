using Trygghet.Domain.Plans.Facts;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.Plans.Rules;

/// <summary>Målindikator utan uppföljningsmetod (an indicator has no follow-up method).</summary>
internal sealed class IndicatorWithoutFollowUpRule : Rule
{
    /// <inheritdoc/>
    public override RuleMetadata Metadata { get; } = new()
    {
        Id = "PLAN-INDIKATOR-UTAN-UPPFOLJNING",
        Basis = PlanBases.SubGoalsAndIndicators,
        Tags = ["plan", "indicator", "follow-up"],
    };

    /// <inheritdoc/>
    protected override void Define(RuleBuilder rule) =>
        rule.Match<IndicatorFact>(i => i.Commitments.EveryIndicatorIsFollowedUp && i.FollowUpCount == 0)
            .Then((ctx, i) => ctx.Report(i.Path, ("indicator", i.Statement)));
}
