namespace Trygghet.Domain.Rules;

/// <summary>
/// Grund (basis) of a rule: its <see cref="Kind"/> (law, the validated document itself, or national guidance),
/// its citation and the period it is in force. Both ends of the period are inclusive; <see cref="InForceTo"/>
/// null means the basis is still in force. Create one with <see cref="Law"/>, <see cref="Document"/> or
/// <see cref="Guidance"/>.
/// </summary>
/// <remarks>
/// Equality is value equality over the kind, the citation and the period. A <see cref="BasisKind.Document"/>
/// citation holds the placeholder <c>{document}</c>, filled when a finding is reported with the validated
/// document's own reference (its case number, otherwise its title), so a finding never cites another document.
/// </remarks>
public sealed record LegalBasis
{
    /// <summary>The placeholder in a <see cref="BasisKind.Document"/> citation that stands for the validated document.</summary>
    public const string DocumentPlaceholder = "{document}";

    /// <summary>Creates a basis.</summary>
    /// <param name="citation">The citation, e.g. "Kommunallagen (2017:725) 5 kap. 69 §".</param>
    /// <param name="inForceFrom">First day the basis is in force.</param>
    /// <param name="inForceTo">Last day the basis is in force, or null when it is still in force.</param>
    /// <param name="kind">The kind of basis; <see cref="BasisKind.Law"/> unless given.</param>
    /// <exception cref="ArgumentOutOfRangeException">The period ends before it starts, or the kind is undefined.</exception>
    public LegalBasis(LocalizedText citation, DateOnly inForceFrom, DateOnly? inForceTo = null, BasisKind kind = BasisKind.Law)
    {
        Guard.Against.Null(citation);
        if (inForceTo is { } to)
        {
            Guard.Against.Below(to, inForceFrom, nameof(inForceTo));
        }


        Citation = citation;
        InForceFrom = inForceFrom;
        InForceTo = inForceTo;
        Kind = Guard.Against.UndefinedValue(kind);
    }

    /// <summary>Grundens art (kind of basis): law, the document itself, or guidance.</summary>
    public BasisKind Kind { get; }

    /// <summary>Hänvisning (citation) of the basis; a document basis holds <see cref="DocumentPlaceholder"/>.</summary>
    public LocalizedText Citation { get; }

    /// <summary>Ikraftträdande (first day in force), inclusive.</summary>
    public DateOnly InForceFrom { get; }

    /// <summary>Sista giltighetsdag (last day in force), inclusive; null when still in force.</summary>
    public DateOnly? InForceTo { get; }

    /// <summary>
    /// Standardallvarlighet (the default severity for this kind): error for law, warning for the document's own
    /// commitments, info for guidance.
    /// </summary>
    public Severity DefaultSeverity => DefaultSeverityOf(Kind);

    /// <summary>Whether the basis is in force on <paramref name="date"/>.</summary>
    /// <param name="date">The date to test.</param>
    /// <returns>True when <paramref name="date"/> lies within the in-force period.</returns>
    public bool IsInForceOn(DateOnly date) => date >= InForceFrom && (InForceTo is null || date <= InForceTo.Value);

    /// <summary>Whether the in-force periods of this basis and <paramref name="other"/> share at least one day.</summary>
    /// <param name="other">The other basis.</param>
    /// <returns>True when the periods overlap.</returns>
    public bool Overlaps(LegalBasis other)
    {
        Guard.Against.Null(other);
        var thisTo = InForceTo ?? DateOnly.MaxValue;
        var otherTo = other.InForceTo ?? DateOnly.MaxValue;
        return InForceFrom <= otherTo && other.InForceFrom <= thisTo;
    }

    /// <summary>
    /// Citerar dokumentet (the basis with <see cref="DocumentPlaceholder"/> replaced by the validated document's
    /// reference); a basis without the placeholder is returned unchanged.
    /// </summary>
    /// <param name="document">The validated document's reference, e.g. its case number "KS 2025/88".</param>
    /// <returns>The basis citing that document.</returns>
    public LegalBasis WithDocument(LocalizedText document)
    {
        Guard.Against.Null(document);
        if (!Citation.Swedish.Contains(DocumentPlaceholder, StringComparison.Ordinal)
            && !Citation.English.Contains(DocumentPlaceholder, StringComparison.Ordinal))
        {
            return this;
        }

        var citation = new LocalizedText(
            Citation.Swedish.Replace(DocumentPlaceholder, document.Swedish, StringComparison.Ordinal),
            Citation.English.Replace(DocumentPlaceholder, document.English, StringComparison.Ordinal));
        return new LegalBasis(citation, InForceFrom, InForceTo, Kind);
    }

    /// <summary>Lag (a statute paragraph) in force from <paramref name="inForceFrom"/>.</summary>
    /// <param name="citation">The statute and paragraph, e.g. "Kommunallagen (2017:725) 5 kap. 69 §".</param>
    /// <param name="inForceFrom">First day this version of the paragraph is in force.</param>
    /// <param name="inForceTo">Last day in force, or null when still in force.</param>
    /// <returns>A <see cref="BasisKind.Law"/> basis.</returns>
    public static LegalBasis Law(LocalizedText citation, DateOnly inForceFrom, DateOnly? inForceTo = null) =>
        new(citation, inForceFrom, inForceTo, BasisKind.Law);

    /// <summary>
    /// Dokumentets eget åtagande (the validated document's own commitment), always in force. The citation is
    /// the section of the document, e.g. ("avsnitt Uppföljning", "section Follow-up"); the finding cites
    /// "{document}, avsnitt Uppföljning" with the document's own case number in place of <c>{document}</c>.
    /// </summary>
    /// <param name="section">The section or part of the document that states the commitment.</param>
    /// <returns>A <see cref="BasisKind.Document"/> basis.</returns>
    public static LegalBasis Document(LocalizedText section)
    {
        Guard.Against.Null(section);
        return new(
            new LocalizedText($"{DocumentPlaceholder}, {section.Swedish}", $"{DocumentPlaceholder}, {section.English}"),
            DateOnly.MinValue,
            null,
            BasisKind.Document);
    }

    /// <summary>
    /// Vägledning (published national guidance), cited by publisher and title, e.g.
    /// ("Brå, Samverkan i lokalt brottsförebyggande arbete", "Brå, Samverkan i lokalt brottsförebyggande arbete (handbook)").
    /// </summary>
    /// <param name="citation">Publisher and title (and the page or section, where it helps).</param>
    /// <param name="inForceFrom">First day the guidance applies; <see cref="DateOnly.MinValue"/> when null.</param>
    /// <param name="inForceTo">Last day it applies, or null.</param>
    /// <returns>A <see cref="BasisKind.Guidance"/> basis.</returns>
    public static LegalBasis Guidance(LocalizedText citation, DateOnly? inForceFrom = null, DateOnly? inForceTo = null) =>
        new(citation, inForceFrom ?? DateOnly.MinValue, inForceTo, BasisKind.Guidance);

    /// <summary>The default severity of a kind of basis: law error, document warning, guidance info.</summary>
    /// <param name="kind">The kind of basis.</param>
    /// <returns>The severity.</returns>
    public static Severity DefaultSeverityOf(BasisKind kind) => kind switch
    {
        BasisKind.Law => Severity.Error,
        BasisKind.Document => Severity.Warning,
        _ => Severity.Info,
    };
}
