namespace Trygghet.Domain.Portfolio;

/// <summary>The descriptor of the kind <see cref="AgreementPortfolio"/>.</summary>
internal static class PortfolioDocument
{
    public static DocumentDescriptor Descriptor { get; } = DocumentDescriptor.Create<AgreementPortfolio>(
        DocumentKind.Portfolio, new("portfölj", "portfolio"), "Portfölj (several documents of one municipality and police area, checked together).", Facts.PortfolioFacts.From, Rules.PortfolioRules.All);
}
