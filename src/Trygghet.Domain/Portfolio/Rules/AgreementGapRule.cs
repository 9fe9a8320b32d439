using Trygghet.Domain.Agreements.Rules;
using Trygghet.Domain.Portfolio;
using Trygghet.Domain.Portfolio.Facts;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.Portfolio.Rules;

/// <summary>
/// PORTFOLJ-GLAPP: days between successive agreements of a portfolio that no agreement covers
/// (seeds: 2020 ended 2020-12-31, the next began 2022-01-01, leaving 2021 uncovered).
/// </summary>
internal sealed class AgreementGapRule : Rule
{
    /// <inheritdoc/>
    public override RuleMetadata Metadata { get; } = new()
    {
        Id = "PORTFOLJ-GLAPP",
        Basis = AgreementBases.Succession,
        Tags = ["portfolio", "agreement", "validity"],
    };

    /// <inheritdoc/>
    protected override void Define(RuleBuilder rule) =>
        rule.Match<PortfolioFact>(p => p.AgreementValidities.Count > 1)
            .Then((ctx, p) =>
            {
                foreach (var gap in Coverage.Gaps(p.AgreementValidities.Items))
                {
                    ctx.Report(
                        Agreements(p.Path, gap.AfterIndex) + ".validity",
                        ("gap", gap.Days.ToString()),
                        ("days", gap.Days.LengthInDays),
                        ("before", p.AgreementCaseNumbers[gap.BeforeIndex]),
                        ("after", p.AgreementCaseNumbers[gap.AfterIndex]));
                }
            });

    internal static string Agreements(string prefix, int index) =>
        JsonPath.Item(prefix, "agreements", index);
}
