using System.Collections.Immutable;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.Plans.Rules;

/// <summary>Planregler (the default rules for action programmes, handlingsplaner).</summary>
internal static class PlanRules
{
    /// <summary>All plan rules.</summary>
    public static ImmutableArray<Rule> All { get; } =
    [
        new SubGoalWithoutIndicatorRule(),
        new IndicatorWithoutFollowUpRule(),
        new FollowUpWithoutCadenceRule(),
        new SubGoalWithoutActivitiesRule(),
        new ActivityNotTimeBoundRule(),
        new ActivityWithoutOwnerRule(),
        new ActivityOutsidePlanSpanRule(),
        new IndicatorFollowUpMissedRule(),
        new StatutoryPlanFollowUpRule(),
    ];
}
