using Trygghet.Domain.Agreements.Rules;
using Trygghet.Domain.Portfolio.Facts;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.Promises.Rules;

/// <summary>ML-OVERENSKOMMELSE-SAKNAS: a promise in a portfolio names an agreement the portfolio does not hold.</summary>
internal sealed class PromiseAgreementMissingRule() : UnknownReferenceRule<PromiseLinkFact, PortfolioAgreementFact>(
    new() { Id = "ML-OVERENSKOMMELSE-SAKNAS", Basis = AgreementBases.PromiseAgreement, Tags = ["portfolio", "promise"] },
    link => link.AgreementCaseKey,
    agreement => agreement.CaseKey,
    "agreementCaseNumber",
    link => [("promise", link.PromiseCaseNumber), ("agreement", link.AgreementCaseNumber)]);
