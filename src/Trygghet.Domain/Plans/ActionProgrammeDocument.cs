using Trygghet.Domain.Common;
using Trygghet.Domain.Plans.Facts;
using Trygghet.Domain.Plans.Rules;

namespace Trygghet.Domain.Plans;

/// <summary>The descriptor of the kind <see cref="ActionProgramme"/>.</summary>
internal static class ActionProgrammeDocument
{
    public static DocumentDescriptor Descriptor { get; } = DocumentDescriptor.Create<ActionProgramme>(
        DocumentKind.ActionProgramme, new("handlingsplan", "action programme"), "Handlingsplan (action programme) with focus areas, sub-goals, indicators and activities.", PlanFacts.From, PlanRules.All);
}
