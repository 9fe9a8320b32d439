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
        Name = new("Redogörelse saknas", "Council report missing"),
        Description = new(
            "Rådet ska lämna kommunstyrelsen en redogörelse i samband med halvårsbokslut och bokslut.",
            "The council is to report to the executive board at the half-year and annual accounts."),
        Message = new(
            "Ingen redogörelse vid {occasion} per {dueDate}.",
            "No report at the {occasion} per {dueDate}."),
        Basis = CouncilBases.Reporting,
        DefaultSeverity = Severity.Warning,
        Tags = ["council", "follow-up"],
    };

    /// <inheritdoc/>
    protected override void Define(RuleBuilder rule) =>
        rule.Match<CouncilReportingDutyFact>()
            .Then((ctx, d) =>
            {
                foreach (var status in CouncilDuties.Reports(d.DutiesFrom, d.Submissions, ctx.AsOf))
                {
                    if (status.Status == FollowUpStatus.Missed)
                    {
                        var occasion = status.DueDate.Month == 6 ? "halvårsbokslut" : "bokslut";
                        ctx.Report(d.Path, ("occasion", occasion), ("dueDate", status.DueDate));
                    }
                }
            });
}
