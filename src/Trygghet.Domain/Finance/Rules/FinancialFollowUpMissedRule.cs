using Trygghet.Domain.Finance.Facts;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.Finance.Rules;

/// <summary>Ekonomisk uppföljning missad (a tertial or other period the decision states ended without a recorded follow-up).</summary>
internal sealed class FinancialFollowUpMissedRule() : PeriodicDutyRule<FinancialFollowUpFact>(
    new() { Id = "FIN-UPPFOLJNING-MISSAD", Basis = FinanceBases.TertialFollowUp, Tags = ["finance", "follow-up"] },
    (_, d) => [("dueDate", d.DueDate), ("period", d.Window.ToString())])
{
    /// <inheritdoc/>
    protected override string PathOf(FinancialFollowUpFact fact) => fact.Path;

    /// <inheritdoc/>
    protected override IEnumerable<DutyPeriod> Periods(IRuleContext ctx, FinancialFollowUpFact fact) =>
        PeriodicDuty.Per(fact.Period, fact.Span).Evaluate(fact.Recorded, ctx.AsOf);
}
