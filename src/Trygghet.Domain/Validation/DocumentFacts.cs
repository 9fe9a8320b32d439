using Trygghet.Domain.Agreements;
using Trygghet.Domain.Agreements.Facts;
using Trygghet.Domain.Common;
using Trygghet.Domain.Councils;
using Trygghet.Domain.Councils.Facts;
using Trygghet.Domain.Finance;
using Trygghet.Domain.Finance.Facts;
using Trygghet.Domain.Partnerships;
using Trygghet.Domain.Partnerships.Facts;
using Trygghet.Domain.Plans;
using Trygghet.Domain.Plans.Facts;
using Trygghet.Domain.Portfolio;
using Trygghet.Domain.Portfolio.Facts;
using Trygghet.Domain.Procedure;
using Trygghet.Domain.Promises;
using Trygghet.Domain.Promises.Facts;

namespace Trygghet.Domain.Validation;

/// <summary>
/// Fakta ur dokument (facts from a document): turns any top-level document into the facts the default rules
/// match, by delegating to its subject's facts. The document itself is always the first fact, so that a
/// caller's own rules can match the document type directly.
/// </summary>
public static class DocumentFacts
{
    /// <summary>The facts of a document: the document itself, then its subject's facts.</summary>
    /// <param name="document">The document.</param>
    /// <returns>The facts, each carrying a path into the document's JSON.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    public static IEnumerable<object> From(IDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Enumerate(document);
    }

    private static IEnumerable<object> Enumerate(IDocument document)
    {
        yield return document;
        foreach (var fact in SubjectFacts(document))
        {
            if (!ReferenceEquals(fact, document))
            {
                yield return fact;
            }
        }
    }

    // Documents of types the library does not know (a caller's own IDocument) have no subject facts.
    private static IEnumerable<object> SubjectFacts(IDocument document) => document switch
    {
        Protocol protocol => ProcedureFacts.From(protocol),
        CooperationAgreement agreement => AgreementFacts.From(agreement),
        CitizenPromise promise => PromiseFacts.From(promise),
        AgreementPortfolio portfolio => PortfolioFacts.From(portfolio),
        ActionProgramme plan => PlanFacts.From(plan),
        PublicCivicPartnership partnership => PartnershipFacts.From(partnership),
        AppropriationDecision decision => FinanceFacts.From(decision),
        SafetyCouncilReport report => CouncilFacts.From(report),
        _ => [],
    };
}
