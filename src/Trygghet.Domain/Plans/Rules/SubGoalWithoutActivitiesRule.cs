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
        Name = new("Delmål utan insatser", "Sub-goal without activities"),
        Description = new(
            "Ett delmål bör ha tidsatta insatser som bidrar till målet genom målindikatorerna.",
            "A sub-goal should have time-bound activities that contribute to it through its indicators."),
        Message = new(
            "Delmål {number} \"{name}\" har inga insatser.",
            "Sub-goal {number} \"{name}\" has no activities."),
        Basis = PlanBases.TimeAndResources,
        DefaultSeverity = Severity.Info,
        Tags = ["plan", "activity"],
    };

    /// <inheritdoc/>
    protected override void Define(RuleBuilder rule) =>
        rule.Match<SubGoalFact>(g => g.ActivityCount == 0)
            .Then((ctx, g) => ctx.Report(g.Path, ("number", g.Number), ("name", g.Name)));
}
