using Trygghet.Domain.Plans;
using Trygghet.Domain.Plans.Facts;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.Plans.Rules;

/// <summary>Insats utanför planperioden (an activity's period reaches outside the plan's span).</summary>
internal sealed class ActivityOutsidePlanSpanRule : Rule
{
    /// <inheritdoc/>
    public override RuleMetadata Metadata { get; } = new()
    {
        Id = "PLAN-INSATS-UTANFOR-PLANPERIOD",
        Basis = PlanBases.TimeBoundAndFollowedUp,
        Tags = ["plan", "activity"],
    };

    /// <inheritdoc/>
    protected override void Define(RuleBuilder rule) =>
        rule.Match<PlanActivityFact>(a => ActivityTiming.Evaluate(a.Period, a.PlanSpan) == ActivityTimingStatus.OutsideSpan)
            .Then((ctx, a) => ctx.Report(
                $"{a.Path}.period", ("activity", a.Description), ("period", a.Period.ToString()), ("span", a.PlanSpan.ToString())));
}
