using Trygghet.Domain.Rules;

namespace Trygghet.Domain.Portfolio.Facts;

/// <summary>A promise of a portfolio that names the agreement it belongs to, with its effective validity and last day.</summary>
/// <param name="Path">Path of the promise, e.g. <c>$.promises[0]</c>.</param>
/// <param name="PromiseCaseNumber">The promise's case number as written.</param>
/// <param name="AgreementCaseKey">The linked agreement's case key: registry, year and number, e.g. <c>KS|2021|531</c>, however the number is written.</param>
/// <param name="AgreementCaseNumber">The linked agreement's case number as written.</param>
/// <param name="Validity">The promise's effective validity; null when it starts at a decision not recorded.</param>
/// <param name="End">Sista dag (the promise's last day as written), known even while the decision date is not.</param>
public sealed record PromiseLinkFact(string Path, string PromiseCaseNumber, string AgreementCaseKey, string AgreementCaseNumber, DateRange? Validity, DateOnly End) : IFact;
