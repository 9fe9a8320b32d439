using System.Globalization;

namespace Trygghet.Domain.Common;

/// <summary>
/// Faktanycklar (the one scheme for the keys facts are joined on). A document inside the validated one is keyed by
/// its path (<c>$</c>, <c>$.agreements[1]</c>), unique within a session; a reference to a case by registry, year
/// and number (<c>KS|2021|531</c>), however the number is written.
/// </summary>
internal static class FactKey
{
    /// <summary>The key of the document at <paramref name="path"/>: facts of the same document share it.</summary>
    /// <param name="path">The document's path, e.g. <c>$.agreements[1]</c>.</param>
    /// <returns>The key.</returns>
    public static string Document(string path) => path;

    /// <summary>The key under which a case is joined: registry, year and number, however the number is written.</summary>
    /// <param name="caseNumber">The case number.</param>
    /// <returns>The key, e.g. <c>KS|2021|531</c>.</returns>
    public static string Case(CaseNumber caseNumber)
    {
        Guard.Against.Null(caseNumber);
        return string.Create(CultureInfo.InvariantCulture, $"{caseNumber.Registry}|{caseNumber.Year}|{caseNumber.Sequence}");
    }
}
