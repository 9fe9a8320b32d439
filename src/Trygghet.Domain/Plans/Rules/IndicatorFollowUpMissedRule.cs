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
        Name = new("Uppföljning missad", "Follow-up missed"),
        Description = new(
            "En uppföljning med fast intervall ska registreras inom varje period av planens löptid; en period som har löpt ut utan uppföljning är missad.",
            "A follow-up with a fixed cadence is to be recorded within every period of the plan's span; a period that ended without one is missed."),
        Message = new(
            "Uppföljningen \"{method}\" för perioden {period} skulle ha gjorts senast {dueDate}.",
            "The follow-up \"{method}\" for the period {period} was due by {dueDate}."),
        Basis = PlanBases.TimeBoundAndFollowedUp,
        DefaultSeverity = Severity.Warning,
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
