using System.Globalization;
using Trygghet.Domain.Rules;

namespace Trygghet.Domain.Validation;

/// <summary>
/// Iakttagelse i en rapport (a finding in a validation report): which rule, how serious, what it says in
/// Swedish and English, what it rests on (law, the document's own commitment, or guidance), and where in the
/// document (a JSON path such as <c>$.areas[3].measures[5].number</c>, the path a JSON read error would give for
/// the same place).
/// </summary>
/// <remarks>
/// Record equality over all properties (arguments compare element by element). Made from an engine's
/// <see cref="Finding"/> (which also keeps the matched facts and the basis's in-force period, shown by
/// <see cref="TrygghetValidator.Explain"/>); this is the type integrators read, compare and serialise.
/// </remarks>
public sealed record ValidationFinding
{
    /// <summary>Regel-id (the stable id of the rule), e.g. "KL-5-69-JUSTERING-SEN".</summary>
    public required string RuleId { get; init; }

    /// <summary>Regelns namn (the rule's name).</summary>
    public required LocalizedText RuleName { get; init; }

    /// <summary>Allvarlighet (the effective severity, after configuration).</summary>
    public required Severity Severity { get; init; }

    /// <summary>Meddelande (the message, placeholders filled).</summary>
    public required LocalizedText Message { get; init; }

    /// <summary>
    /// Meddelandenyckel (the key of the message in the catalogues), to render <see cref="Arguments"/> in another
    /// language with <see cref="MessageIn"/>.
    /// </summary>
    public required string MessageKey { get; init; }

    /// <summary>Argument (the named values the message was filled from), in the order reported.</summary>
    public required EquatableArray<MessageArgument> Arguments { get; init; }

    /// <summary>Grundens art (kind of basis): law, the document's own commitment, or guidance.</summary>
    public required BasisKind BasisKind { get; init; }

    /// <summary>
    /// Grund (the citation of the basis of the rule version that applied); a document basis cites the validated
    /// document's own case number and section.
    /// </summary>
    public required LocalizedText Basis { get; init; }

    /// <summary>
    /// Sökväg (the JSON path of the document part concerned), in the style of a JSON read error: <c>$</c> for the
    /// document as a whole, <c>$.validity.end</c>, <c>$.agreements[1].actionPlan.measures[24].number</c>.
    /// </summary>
    public required string Path { get; init; }

    /// <summary>Whether the finding makes the document unlawful: an error on a <see cref="BasisKind.Law"/> basis.</summary>
    public bool IsUnlawful => Severity == Severity.Error && BasisKind == BasisKind.Law;

    /// <summary>Creates a report finding from an engine finding.</summary>
    /// <param name="finding">The engine's finding.</param>
    /// <param name="ruleName">The name of the rule that reported it.</param>
    /// <returns>The report finding.</returns>
    public static ValidationFinding From(Finding finding, LocalizedText ruleName)
    {
        Guard.Against.Null(finding);
        Guard.Against.Null(ruleName);
        return new ValidationFinding
        {
            RuleId = finding.RuleId,
            RuleName = ruleName,
            Severity = finding.Severity,
            Message = finding.Message,
            MessageKey = finding.MessageKey,
            Arguments = finding.Arguments.Select(a => new MessageArgument(a.Key, a.Value)).ToEquatableArray(),
            BasisKind = finding.Basis.Kind,
            Basis = finding.Basis.Citation,
            Path = finding.Path,
        };
    }

    /// <summary>
    /// The message in a catalogue's language, filled from <see cref="Arguments"/>; <see cref="Message"/> when the
    /// catalogue has no template for <see cref="MessageKey"/> (a caller's rule with inline texts).
    /// </summary>
    /// <param name="catalogue">The language's catalogue, e.g. one made with <see cref="MessageCatalogue.Create"/>.</param>
    /// <returns>The message.</returns>
    public string MessageIn(MessageCatalogue catalogue)
    {
        Guard.Against.Null(catalogue);
        if (catalogue.Rules.TryGetValue(MessageKey, out var texts))
        {
            return catalogue.Format(texts.Message, Arguments.Select(a => new KeyValuePair<string, object?>(a.Name, a.Value)));
        }

        return catalogue.Language == "en" ? Message.English : Message.Swedish;
    }

    /// <summary>The finding in one line in the reader's language: severity, rule id, path, message.</summary>
    /// <param name="culture">The reader's culture; Swedish when null.</param>
    /// <returns>E.g. "FEL KL-5-69-JUSTERING-SEN $.attestation.date: Protokollet justerades ...".</returns>
    public string Render(CultureInfo? culture) =>
        $"{SeverityText.Of(Severity).Get(culture).ToUpperInvariant()} {RuleId}{(string.IsNullOrEmpty(Path) ? string.Empty : " " + Path)}: {Message?.Get(culture)}";

    /// <inheritdoc/>
    public override string ToString() => Render(null);
}
