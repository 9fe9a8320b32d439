using Trygghet.Domain.Plans.Rules;

namespace Trygghet.Domain.Plans;

/// <summary>The kind <see cref="ActionProgramme"/>: its descriptor with its rules.</summary>
internal static class ActionProgrammeDocument
{
    public static DocumentDescriptor Descriptor { get; } = DocumentDescriptor.Create<ActionProgramme>(
        DocumentKind.ActionProgramme,
        new("handlingsplan", "action programme"),
        "Handlingsplan (action programme) with focus areas, sub-goals, indicators and activities.",
        Facts.PlanFacts.From,
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
        ]);
}
