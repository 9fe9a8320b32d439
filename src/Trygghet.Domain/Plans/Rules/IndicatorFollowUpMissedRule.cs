using Trygghet.Domain.Plans;
using Trygghet.Domain.Plans.Facts;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.Plans.Rules;

/// <summary>Uppföljning missad (a periodic follow-up of an indicator was not recorded in a period that has ended).</summary>
internal sealed class IndicatorFollowUpMissedRule : Rule
{
    /// <inheritdoc/>
    public override RuleMetadata Metadata { get; } = new()
    {
        Id = "PLAN-UPPFOLJNING-MISSAD",
        Basis = PlanBases.TimeBoundAndFollowedUp,
        Tags = ["plan", "follow-up"],
    };

    /// <inheritdoc/>
    protected override void Define(RuleBuilder rule) =>
        rule.Match<FollowUpMethodFact>(m => m.PlanSpan is not null && PeriodicFollowUp.IsPeriodic(m.Cadence))
            .Then((ctx, m) =>
            {
                foreach (var status in PeriodicFollowUp.Evaluate(m.Cadence, m.PlanSpan!.Value, m.Recorded, ctx.AsOf))
                {
                    if (status.Status == FollowUpStatus.Missed)
                    {
                        ctx.Report(m.Path, ("method", m.Description), ("period", status.Period.ToString()), ("dueDate", status.DueDate));
                    }
                }
            });
}
