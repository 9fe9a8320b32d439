using Trygghet.Domain.CrimePreventionDuty.Rules;

namespace Trygghet.Domain.CrimePreventionDuty;

/// <summary>The kind <see cref="CrimePreventionDutyFile"/>: its descriptor with its rules.</summary>
internal static class CrimePreventionDutyDocument
{
    public static DocumentDescriptor Descriptor { get; } = DocumentDescriptor.Create<CrimePreventionDutyFile>(
        DocumentKind.CrimePreventionDuty,
        new("brottsförebyggande ansvar", "crime-prevention duty file"),
        "Kommunens brottsförebyggande ansvar enligt Lag (2023:196) (a municipality's crime-prevention duty file).",
        Facts.DutyFacts.From,
        [
            SituationReportRule.Missing,
            SituationReportRule.PartMissing,
            SituationReportRule.PartNotRecorded,
            ActionPlanRule.Missing,
            ActionPlanRule.Late,
            ActionPlanRule.BasisNotRecorded,
            ActionPlanRule.BasisAfterDecision,
            TwoYearClockRule.SituationReportLate,
            TwoYearClockRule.SituationReportNotUpdated,
            TwoYearClockRule.PlanFollowUpLate,
            TwoYearClockRule.PlanFollowUpNotRecorded,
            new AgreementMissingRule(),
            StrategicCouncilRule.Missing,
            StrategicCouncilRule.Leadership,
            StrategicCouncilRule.MemberPosition,
            CoordinationRule.FunctionMissing,
            CoordinationRule.TaskMissing,
            CoordinationRule.TaskNotRecorded,
            new CouncilReportingMissedRule(),
            ActionPlanRule.MeasureWithoutProblem,
        ]);
}
