using Trygghet.Domain.Portfolio.Rules;

namespace Trygghet.Domain.Portfolio;

/// <summary>The kind <see cref="AgreementPortfolio"/>: its descriptor with its rules.</summary>
internal static class PortfolioDocument
{
    public static DocumentDescriptor Descriptor { get; } = DocumentDescriptor.Create<AgreementPortfolio>(
        DocumentKind.Portfolio,
        new("portfölj", "portfolio"),
        "Portfölj (several documents of one municipality and police area, checked together).",
        Facts.PortfolioFacts.From,
        [
            SuccessionRule.Gap,
            SuccessionRule.Overlap,
        ]);
}
