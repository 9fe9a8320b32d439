namespace Trygghet.Domain.Finance;

/// <summary>The descriptor of the kind <see cref="AppropriationDecision"/>.</summary>
internal static class AppropriationDocument
{
    public static DocumentDescriptor Descriptor { get; } = DocumentDescriptor.Create<AppropriationDecision>(
        DocumentKind.AppropriationDecision, new("anslagsbeslut", "appropriation decision"), "Anslagsbeslut (decision appropriating money).", Facts.FinanceFacts.From, Rules.FinanceRules.All);
}
