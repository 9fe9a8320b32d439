using Trygghet.Domain.Councils;
using Trygghet.Domain.Councils.Facts;
using Trygghet.Domain.Plans;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.Councils.Rules;

/// <summary>Redogörelse saknas (no report to the kommunstyrelse at a halvårsbokslut or bokslut).</summary>
internal sealed class CouncilReportMissedRule : Rule
{
    /// <inheritdoc/>
    public override RuleMetadata Metadata { get; } = new()
    {
        Id = "RAD-REDOGORELSE-MISSAD",
        Basis = CouncilBases.Reporting,
        Tags = ["council", "follow-up"],
    };

    /// <inheritdoc/>
    protected override void Define(RuleBuilder rule) =>
        rule.Match<CouncilReportingDutyFact>()
            .Then((ctx, d) =>
            {
                foreach (var status in CouncilDuties.Reports(d.DutiesFrom.Latest, d.Submissions, ctx.AsOf))
                {
                    if (status.Status == FollowUpStatus.Missed)
                    {
                        var occasion = status.DueDate.Month == 6 ? ReportingOccasion.HalfYearAccounts : ReportingOccasion.AnnualAccounts;
                        ctx.Report(d.Path, ("occasion", occasion), ("dueDate", status.DueDate));
                    }
                }
            });
}
