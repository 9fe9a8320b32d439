using Trygghet.Domain.Rules;

namespace Trygghet.Domain.Portfolio.Facts;

/// <summary>Portfölj (a portfolio) as a fact: the validity of each agreement, by index.</summary>
/// <param name="Path">Path of the portfolio: <c>$</c>.</param>
/// <param name="AgreementValidities">Each agreement's validity, in the portfolio's order.</param>
/// <param name="AgreementCaseNumbers">Each agreement's case number as written, in the same order.</param>
public sealed record PortfolioFact(string Path, EquatableArray<DateRange> AgreementValidities, EquatableArray<string> AgreementCaseNumbers) : IFact;
