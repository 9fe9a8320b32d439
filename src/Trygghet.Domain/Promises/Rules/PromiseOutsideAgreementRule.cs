using Trygghet.Domain.Portfolio;
using Trygghet.Domain.Portfolio.Facts;
using Trygghet.Domain.Agreements.Rules;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.Promises.Rules;

/// <summary>
/// ML-UTANFOR-OVERENSKOMMELSE: part of a promise's validity lies outside the validity of the agreement it belongs
/// to, judged from the end dates alone while the promise's decision date is not recorded.
/// </summary>
internal sealed class PromiseOutsideAgreementRule : Rule
{
    /// <inheritdoc/>
    public override RuleMetadata Metadata { get; } = new()
    {
        Id = "ML-UTANFOR-OVERENSKOMMELSE",
        Basis = AgreementBases.PromiseAgreement,
        Tags = ["portfolio", "promise", "validity"],
    };

    /// <inheritdoc/>
    protected override void Define(RuleBuilder rule) =>
        rule.Match<PromiseLinkFact>()
            .Join<PortfolioAgreementFact, string>(p => p.AgreementCaseKey, a => a.CaseKey)
            .Then((ctx, p, a) =>
            {
                foreach (var part in Uncovered(p, a.Validity))
                {
                    ctx.Report(
                        JsonPath.Member(p.Path, "validity"),
                        ("promise", p.PromiseCaseNumber),
                        ("uncovered", part.ToString()),
                        ("agreement", a.CaseNumber),
                        ("agreementValidity", a.Validity.ToString()));
                }
            });

    // Without a recorded decision the start is unknown, but the days after the agreement's end up to the
    // promise's own end lie outside it whatever the decision date turns out to be.
    private static System.Collections.Immutable.ImmutableArray<DateRange> Uncovered(PromiseLinkFact promise, DateRange agreement) =>
        promise.Validity is { } validity
            ? Coverage.Uncovered(validity, [agreement])
            : promise.End > agreement.End ? [new DateRange(agreement.End.AddDays(1), promise.End)] : [];
}
