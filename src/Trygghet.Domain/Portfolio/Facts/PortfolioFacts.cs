using Trygghet.Domain.Agreements.Facts;
using Trygghet.Domain.Promises.Facts;

namespace Trygghet.Domain.Portfolio.Facts;

/// <summary>
/// Turns an <see cref="AgreementPortfolio"/> into facts: the portfolio's own facts plus every agreement's and
/// promise's facts with paths under <c>$.agreements[i]</c> and <c>$.promises[k]</c>.
/// </summary>
internal static class PortfolioFacts
{
    /// <summary>The facts of a portfolio.</summary>
    /// <param name="portfolio">The portfolio.</param>
    /// <returns>The facts.</returns>
    public static IEnumerable<object> From(AgreementPortfolio portfolio)
    {
        Guard.Against.Null(portfolio);
        return Build(portfolio);
    }

    private static IEnumerable<object> Build(AgreementPortfolio portfolio)
    {
        yield return new PortfolioFact(
            JsonPath.Root,
            portfolio.Agreements.Select(a => a.Validity).ToEquatableArray(),
            portfolio.Agreements.Select(a => a.CaseNumber.ToString()).ToEquatableArray());
        for (var i = 0; i < portfolio.Agreements.Count; i++)
        {
            var agreement = portfolio.Agreements[i];
            var path = JsonPath.Item(JsonPath.Root, "agreements", i);
            yield return new PortfolioAgreementFact(path, FactKey.Case(agreement.CaseNumber), agreement.CaseNumber.ToString(), agreement.Validity);
            foreach (var fact in AgreementFacts.From(agreement, path))
            {
                yield return fact;
            }
        }

        for (var k = 0; k < portfolio.Promises.Count; k++)
        {
            var promise = portfolio.Promises[k];
            var path = JsonPath.Item(JsonPath.Root, "promises", k);
            if (promise.AgreementCaseNumber is { } link)
            {
                yield return new PromiseLinkFact(
                    path, promise.CaseNumber.ToString(), FactKey.Case(link), link.ToString(), promise.EffectiveValidity, promise.Validity.End);
            }

            foreach (var fact in PromiseFacts.From(promise, path))
            {
                yield return fact;
            }
        }
    }
}
