using Trygghet.Domain.CrimePreventionDuty;

namespace Trygghet.Domain.Tests.CrimePreventionDuty;

/// <summary>Copies of duty-file parts with a constructor value changed (those are get-only, so <c>with</c> cannot).</summary>
internal static class DutyFileEdits
{
    public static SituationReport Redated(SituationReport r, DateOnly date) => new(r.Id, date, r.Area)
    {
        Title = r.Title, Mapping = r.Mapping, OtherInformation = r.OtherInformation, Analysis = r.Analysis, Problems = r.Problems,
    };

    public static CrimePreventionPlan Decided(CrimePreventionPlan plan, DateOnly date, string? title = null) => new(title ?? plan.Title)
    {
        Decision = new DutyDecision(plan.Decision!.Body, date) { Paragraph = plan.Decision.Paragraph, CaseNumber = plan.Decision.CaseNumber },
        SituationReportId = plan.SituationReportId, Period = plan.Period, Measures = plan.Measures, FollowUps = plan.FollowUps,
    };
}
