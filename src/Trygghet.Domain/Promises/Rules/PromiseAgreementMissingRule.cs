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
        Name = new("Överenskommelsen saknas i portföljen", "Agreement not in the portfolio"),
        Description = new(
            "Ett medborgarlöfte hör till en samverkansöverenskommelse; utan den kan giltigheten inte jämföras.",
            "A promise belongs to a cooperation agreement; without it the validities cannot be compared."),
        Message = new(
            "{promise} hör till överenskommelsen {agreement}, som inte finns i portföljen.",
            "{promise} belongs to agreement {agreement}, which is not in the portfolio."),
        Basis = AgreementBases.PromiseAgreement,
        DefaultSeverity = Severity.Info,
        Tags = ["portfolio", "promise"],
    };

    /// <inheritdoc/>
    protected override void Define(RuleBuilder rule) =>
        rule.Match<PromiseLinkFact>()
            .NotExists<PortfolioAgreementFact, string>(p => p.AgreementCaseKey, a => a.CaseKey)
            .Then((ctx, p) => ctx.Report(p.Path + ".agreementCaseNumber", ("promise", p.PromiseCaseNumber), ("agreement", p.AgreementCaseNumber)));
}
