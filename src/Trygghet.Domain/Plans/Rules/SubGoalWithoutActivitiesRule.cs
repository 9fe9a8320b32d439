using Trygghet.Domain.Plans.Facts;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.Plans.Rules;

/// <summary>Delmål utan insatser (no activity is formulated for any indicator of a sub-goal).</summary>
internal sealed class SubGoalWithoutActivitiesRule : Rule
{
    /// <inheritdoc/>
    public override RuleMetadata Metadata { get; } = new()
    {
        Id = "PLAN-DELMAL-UTAN-INSATSER",
        Basis = PlanBases.TimeAndResources,
        Tags = ["plan", "activity"],
    };

    /// <inheritdoc/>
    protected override void Define(RuleBuilder rule) =>
        rule.Match<SubGoalFact>(g => g.Commitments.EverySubGoalHasActivities && g.ActivityCount == 0)
            .Then((ctx, g) => ctx.Report(g.Path, ("number", g.Number), ("name", g.Name)));
}
