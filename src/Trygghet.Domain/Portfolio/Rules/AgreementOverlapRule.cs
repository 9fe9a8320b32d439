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
        Name = new("Överlappande överenskommelser", "Overlapping agreements"),
        Description = new(
            "Två samverkansöverenskommelser mellan samma parter bör inte gälla samtidigt.",
            "Two cooperation agreements between the same parties should not be valid at the same time."),
        Message = new(
            "{first} och {second} gäller båda {overlap} ({days} dagar).",
            "{first} and {second} are both valid {overlap} ({days} days)."),
        Basis = AgreementBases.Succession,
        DefaultSeverity = Severity.Warning,
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
