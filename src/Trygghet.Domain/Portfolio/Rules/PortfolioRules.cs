using System.Collections.Immutable;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.Portfolio.Rules;

/// <summary>
/// Regler för portföljen (the portfolio rules): gaps and overlaps between the agreements of one municipality and
/// police area. Feed them facts from <c>PortfolioFacts.From</c>.
/// </summary>
internal static class PortfolioRules
{
    /// <summary>Every portfolio rule.</summary>
    public static ImmutableArray<Rule> All { get; } =
    [
        SuccessionRule.Gap,
        SuccessionRule.Overlap,
    ];
}
