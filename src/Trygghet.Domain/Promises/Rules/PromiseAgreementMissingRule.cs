using Trygghet.Domain.Portfolio.Facts;
using Trygghet.Domain.Agreements.Rules;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.Promises.Rules;

/// <summary>ML-OVERENSKOMMELSE-SAKNAS: a promise in a portfolio names an agreement the portfolio does not hold.</summary>
internal sealed class PromiseAgreementMissingRule : Rule
{
    /// <inheritdoc/>
    public override RuleMetadata Metadata { get; } = new()
    {
        Id = "ML-OVERENSKOMMELSE-SAKNAS",
        Basis = AgreementBases.PromiseAgreement,
        Tags = ["portfolio", "promise"],
    };

    /// <inheritdoc/>
    protected override void Define(RuleBuilder rule) =>
        rule.Match<PromiseLinkFact>()
            .NotExists<PortfolioAgreementFact, string>(p => p.AgreementCaseKey, a => a.CaseKey)
            .Then((ctx, p) => ctx.Report(p.Path + ".agreementCaseNumber", ("promise", p.PromiseCaseNumber), ("agreement", p.AgreementCaseNumber)));
}
