namespace Trygghet.Domain.Councils;

/// <summary>The descriptor of the kind <see cref="SafetyCouncilReport"/>.</summary>
internal static class CouncilReportDocument
{
    public static DocumentDescriptor Descriptor { get; } = DocumentDescriptor.Create<SafetyCouncilReport>(
        DocumentKind.CouncilReport, new("återrapportering", "council report"), "Återrapportering från ett råd (a council's report).", Facts.CouncilFacts.From, Rules.CouncilRules.All);
}
