using Trygghet.Domain.Rules;

namespace Trygghet.Domain.Portfolio.Facts;

/// <summary>An agreement of a portfolio, keyed by its case (registry, year and number) for joining with promises.</summary>
/// <param name="Path">Path of the agreement, e.g. <c>$.agreements[1]</c>.</param>
/// <param name="CaseKey">The case key: registry, year and number, e.g. <c>KS|2021|531</c>, however the number is written.</param>
/// <param name="CaseNumber">The case number as written.</param>
/// <param name="Validity">The agreement's validity.</param>
public sealed record PortfolioAgreementFact(string Path, string CaseKey, string CaseNumber, DateRange Validity) : IFact;
