using System.Collections.Immutable;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.CrimePreventionDuty.Rules;

/// <summary>Pliktregler (the default rules of Lag (2023:196) om kommuners ansvar för brottsförebyggande arbete), in paragraph order.</summary>
internal static class DutyRules
{
    /// <summary>All duty rules.</summary>
    public static ImmutableArray<Rule> All { get; } =
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
    ];
}
