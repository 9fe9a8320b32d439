using Trygghet.Domain.Common;
using Trygghet.Domain.Rules;

namespace Trygghet.Domain.Validation;

/// <summary>Allvarlighet i text (severity and document kinds as words for people).</summary>
public static class SeverityText
{
    private static readonly LocalizedText Error = new("fel", "error");
    private static readonly LocalizedText Warning = new("varning", "warning");
    private static readonly LocalizedText Info = new("information", "info");

    /// <summary>The severity as a word, e.g. "fel" / "error".</summary>
    /// <param name="severity">The severity.</param>
    /// <returns>The word in both languages.</returns>
    public static LocalizedText Of(Severity severity) => severity switch
    {
        Severity.Error => Error,
        Severity.Warning => Warning,
        _ => Info,
    };

    /// <summary>The document kind as words, e.g. "samverkansöverenskommelse" / "cooperation agreement".</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The words in both languages.</returns>
    public static LocalizedText Of(DocumentKind kind) => DocumentKinds.Of(kind).Name;
}
