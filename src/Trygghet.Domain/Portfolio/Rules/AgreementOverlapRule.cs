using Trygghet.Domain.Agreements.Rules;
using Trygghet.Domain.Portfolio;
using Trygghet.Domain.Portfolio.Facts;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.Portfolio.Rules;

/// <summary>PORTFOLJ-OVERLAPP: two agreements of a portfolio are valid on the same days.</summary>
internal sealed class AgreementOverlapRule : Rule
{
    /// <inheritdoc/>
    public override RuleMetadata Metadata { get; } = new()
    {
        Id = "PORTFOLJ-OVERLAPP",
        Basis = AgreementBases.Succession,
        Tags = ["portfolio", "agreement", "validity"],
    };

    /// <inheritdoc/>
    protected override void Define(RuleBuilder rule) =>
        rule.Match<PortfolioFact>(p => p.AgreementValidities.Count > 1)
            .Then((ctx, p) =>
            {
                foreach (var overlap in Coverage.Overlaps(p.AgreementValidities.Items))
                {
                    ctx.Report(
                        AgreementGapRule.Agreements(p.Path, overlap.SecondIndex) + ".validity",
                        ("first", p.AgreementCaseNumbers[overlap.FirstIndex]),
                        ("second", p.AgreementCaseNumbers[overlap.SecondIndex]),
                        ("overlap", overlap.Days.ToString()),
                        ("days", overlap.Days.LengthInDays));
                }
            });
}
