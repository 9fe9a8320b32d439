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
        Basis = PlanBases.TimeBoundAndFollowedUp,
        Tags = ["plan", "activity"],
    };

    /// <inheritdoc/>
    protected override void Define(RuleBuilder rule) =>
        rule.Match<PlanActivityFact>(a => a.Commitments.EveryActivityIsTimeBound && a.Period is null)
            .Then((ctx, a) => ctx.Report($"{a.Path}.period", ("activity", a.Description)));
}
