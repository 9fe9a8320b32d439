using Trygghet.Domain.CrimePreventionDuty.Facts;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.CrimePreventionDuty.Rules;

/// <summary>Ingen uppföljning av åtgärdsplanen registrerad (6 §: two years passed since the decision or the last follow-up while the plan applied).</summary>
internal sealed class PlanFollowUpNotRecordedRule : Rule
{
    /// <inheritdoc/>
    public override RuleMetadata Metadata { get; } = new()
    {
        Id = "BFL-6-UPPFOLJNING-EJ-REGISTRERAD",
        Name = new("Ingen uppföljning av åtgärdsplanen registrerad", "No follow-up of the action plan recorded"),
        Description = new(
            "Kommunen ska minst vartannat år följa upp åtgärdsplanen; filen registrerar ingen uppföljning sedan fristen.",
            "The municipality is to follow up the action plan at least every second year; the file records no follow-up since the deadline."),
        Message = new(
            "Åtgärdsplanen {plan} skulle ha följts upp senast {deadline}; filen registrerar ingen uppföljning sedan dess.",
            "Action plan {plan} was due for follow-up by {deadline}; the file records none since."),
        Basis = DutyBases.Section6,
        DefaultSeverity = Severity.Warning,
        Tags = ["crime-prevention", "action-plan", "follow-up", "not-recorded"],
    };

    /// <inheritdoc/>
    protected override void Define(RuleBuilder rule) =>
        rule.Match<ActionPlanFact>()
            .Then((ctx, f) =>
            {
                if (DutyReports.PlanClock(f, ctx.AsOf) is { } clock)
                {
                    foreach (var lapse in DutyReports.Lapses(clock.Start, f.FollowUps, clock.Until, late: false))
                    {
                        ctx.Report(f.Path + ".followUps", ("plan", f.Title), ("deadline", lapse.Deadline));
                    }
                }
            });
}
