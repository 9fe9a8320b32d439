using System.Collections.Immutable;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.Plans.Rules;

/// <summary>Planregler (the default rules for action programmes, handlingsplaner).</summary>
internal static class PlanRules
{
    /// <summary>All plan rules.</summary>
    public static ImmutableArray<Rule> All { get; } =
    [
        PlanStructureRule.SubGoalWithoutIndicator,
        PlanStructureRule.IndicatorWithoutFollowUp,
        PlanStructureRule.FollowUpWithoutCadence,
        PlanStructureRule.SubGoalWithoutActivities,
        PlanStructureRule.ActivityNotTimeBound,
        PlanStructureRule.ActivityWithoutOwner,
        new ActivityOutsidePlanSpanRule(),
        new IndicatorFollowUpMissedRule(),
        new StatutoryPlanFollowUpRule(),
    ];
}
