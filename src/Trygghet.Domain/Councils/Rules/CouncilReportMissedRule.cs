using Trygghet.Domain.Councils.Facts;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.Councils.Rules;

/// <summary>Redogörelse saknas (no report to the kommunstyrelse at a halvårsbokslut or bokslut).</summary>
internal sealed class CouncilReportMissedRule() : PeriodicDutyRule<CouncilReportingDutyFact>(
    new() { Id = "RAD-REDOGORELSE-MISSAD", Basis = CouncilBases.Reporting, Tags = ["council", "follow-up"] },
    (_, d) => [("occasion", d.DueDate.Month == 6 ? ReportingOccasion.HalfYearAccounts : ReportingOccasion.AnnualAccounts), ("dueDate", d.DueDate)])
{
    /// <inheritdoc/>
    protected override string PathOf(CouncilReportingDutyFact fact) => fact.Path;

    /// <inheritdoc/>
    protected override IEnumerable<DutyPeriod> Periods(IRuleContext ctx, CouncilReportingDutyFact fact) =>
        CouncilDuties.Reports(fact.DutiesFrom.Latest, fact.Submissions, ctx.AsOf);
}
