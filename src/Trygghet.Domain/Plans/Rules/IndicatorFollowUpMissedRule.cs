using Trygghet.Domain.Plans.Facts;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.Plans.Rules;

/// <summary>Uppföljning missad (a periodic follow-up of an indicator was not recorded in a period that has ended).</summary>
internal sealed class IndicatorFollowUpMissedRule() : PeriodicDutyRule<FollowUpMethodFact>(
    new() { Id = "PLAN-UPPFOLJNING-MISSAD", Basis = PlanBases.TimeBoundAndFollowedUp, Tags = ["plan", "follow-up"] },
    (m, d) => [("method", m.Description), ("period", d.Window.ToString()), ("dueDate", d.DueDate)])
{
    /// <inheritdoc/>
    protected override bool Applies(FollowUpMethodFact fact) => fact.PlanSpan is not null && PeriodicFollowUp.IsPeriodic(fact.Cadence);

    /// <inheritdoc/>
    protected override string PathOf(FollowUpMethodFact fact) => fact.Path;

    /// <inheritdoc/>
    protected override IEnumerable<DutyPeriod> Periods(IRuleContext ctx, FollowUpMethodFact fact) =>
        PeriodicFollowUp.Evaluate(fact.Cadence, fact.PlanSpan!.Value, fact.Recorded, ctx.AsOf);
}
