using Trygghet.Domain.Plans.Facts;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.Plans.Rules;

/// <summary>Insats ej tidsatt (an activity has no period).</summary>
internal sealed class ActivityNotTimeBoundRule : Rule
{
    /// <inheritdoc/>
    public override RuleMetadata Metadata { get; } = new()
    {
        Id = "PLAN-INSATS-EJ-TIDSATT",
        Name = new("Insats ej tidsatt", "Activity not time-bound"),
        Description = new(
            "Handlingsplanens aktiviteter ska vara tidsatta.",
            "The plan's activities are to be time-bound."),
        Message = new(
            "Insatsen \"{activity}\" är inte tidsatt.",
            "The activity \"{activity}\" is not time-bound."),
        Basis = PlanBases.TimeBoundAndFollowedUp,
        DefaultSeverity = Severity.Error,
        Tags = ["plan", "activity"],
    };

    /// <inheritdoc/>
    protected override void Define(RuleBuilder rule) =>
        rule.Match<PlanActivityFact>(a => a.Period is null)
            .Then((ctx, a) => ctx.Report($"{a.Path}.period", ("activity", a.Description)));
}
