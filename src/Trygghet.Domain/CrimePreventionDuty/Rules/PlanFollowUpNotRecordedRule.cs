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
