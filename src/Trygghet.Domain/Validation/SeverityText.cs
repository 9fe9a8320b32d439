using Trygghet.Domain.Rules;

namespace Trygghet.Domain.Validation;

/// <summary>
/// Allvarlighet i text (severities, basis kinds and document kinds as words for people), in Swedish and
/// English from the message catalogues.
/// </summary>
public static class SeverityText
{
    /// <summary>The severity as a word, e.g. "fel" / "error".</summary>
    /// <param name="severity">The severity.</param>
    /// <returns>The word in both languages.</returns>
    public static LocalizedText Of(Severity severity) => Words(severity);

    /// <summary>The kind of basis as words, e.g. "lag" / "law".</summary>
    /// <param name="kind">The kind of basis.</param>
    /// <returns>The words in both languages.</returns>
    public static LocalizedText Of(BasisKind kind) => Words(kind);

    /// <summary>The document kind as words, e.g. "samverkansöverenskommelse" / "cooperation agreement".</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The words in both languages.</returns>
    public static LocalizedText Of(DocumentKind kind) => DocumentKinds.Of(kind).Name;

    private static LocalizedText Words(Enum value) =>
        new(MessageCatalogue.Swedish.FormatValue(value), MessageCatalogue.English.FormatValue(value));
}
