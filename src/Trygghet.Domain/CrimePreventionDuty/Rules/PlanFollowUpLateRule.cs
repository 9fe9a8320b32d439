using Trygghet.Domain.CrimePreventionDuty.Facts;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.CrimePreventionDuty.Rules;

/// <summary>Åtgärdsplanen följdes upp för sent (6 §: a follow-up came more than two years after the decision or the last follow-up).</summary>
internal sealed class PlanFollowUpLateRule : Rule
{
    /// <inheritdoc/>
    public override RuleMetadata Metadata { get; } = new()
    {
        Id = "BFL-6-UPPFOLJNING-SEN",
        Basis = DutyBases.Section6,
        Tags = ["crime-prevention", "action-plan", "follow-up", "deadline"],
    };

    /// <inheritdoc/>
    protected override void Define(RuleBuilder rule) =>
        rule.Match<ActionPlanFact>()
            .Then((ctx, f) =>
            {
                if (DutyReports.PlanClock(f, ctx.AsOf) is { } clock)
                {
                    foreach (var lapse in DutyReports.Lapses(clock.Start, f.FollowUps, clock.Until, late: true))
                    {
                        ctx.Report(f.Path + ".followUps", ("plan", f.Title), ("deadline", lapse.Deadline), ("done", lapse.DoneOn));
                    }
                }
            });
}
