namespace Trygghet.Domain.Plans;

/// <summary>The descriptor of the kind <see cref="ActionProgramme"/>.</summary>
internal static class ActionProgrammeDocument
{
    public static DocumentDescriptor Descriptor { get; } = DocumentDescriptor.Create<ActionProgramme>(
        DocumentKind.ActionProgramme, new("handlingsplan", "action programme"), "Handlingsplan (action programme) with focus areas, sub-goals, indicators and activities.", Facts.PlanFacts.From, Rules.PlanRules.All);
}
