using Trygghet.Domain.Portfolio;
using Trygghet.Domain.Portfolio.Facts;
using Trygghet.Domain.Agreements.Rules;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.Promises.Rules;

/// <summary>
/// ML-UTANFOR-OVERENSKOMMELSE: part of a promise's validity lies outside the validity of the agreement it belongs
/// to (seed: the promise runs to 2024-12-31, its agreement KS 21/0531 ends 2023-12-31).
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
                foreach (var part in Coverage.Uncovered(p.Validity, [a.Validity]))
                {
                    ctx.Report(
                        p.Path + ".validity",
                        ("promise", p.PromiseCaseNumber),
                        ("uncovered", part.ToString()),
                        ("agreement", a.CaseNumber),
                        ("agreementValidity", a.Validity.ToString()));
                }
            });
}
