using System.Collections.Immutable;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.CrimePreventionDuty.Rules;

/// <summary>Pliktregler (the default rules of Lag (2023:196) om kommuners ansvar för brottsförebyggande arbete), in paragraph order.</summary>
internal static class DutyRules
{
    /// <summary>All duty rules.</summary>
    public static ImmutableArray<Rule> All { get; } =
    [
        new SituationReportMissingRule(),
        new SituationReportPartMissingRule(),
        new SituationReportPartNotRecordedRule(),
        new ActionPlanMissingRule(),
        new ActionPlanLateRule(),
        new PlanBasisNotRecordedRule(),
        new PlanBasisAfterDecisionRule(),
        TwoYearClockRule.SituationReportLate,
        TwoYearClockRule.SituationReportNotUpdated,
        TwoYearClockRule.PlanFollowUpLate,
        TwoYearClockRule.PlanFollowUpNotRecorded,
        new AgreementMissingRule(),
        new StrategicCouncilMissingRule(),
        new StrategicCouncilLeadershipRule(),
        new CouncilMemberPositionRule(),
        new CoordinationFunctionMissingRule(),
        new CoordinationTaskMissingRule(),
        new CoordinationTaskNotRecordedRule(),
        new CouncilReportingMissedRule(),
        new MeasureWithoutProblemRule(),
    ];
}
