using System.Globalization;

namespace Trygghet.Domain.Procedure;

/// <summary>
/// Protokollsutdrag (an extract of a protocol): some of its paragraphs, sent on with an utdragsbestyrkande that
/// certifies the extract agrees with the original. An extract is not a protocol missing its justering: what it
/// does not show (the justering, the anslag, who served) is simply not part of it.
/// </summary>
/// <remarks>Equality is structural.</remarks>
public sealed record ProtocolExtract : IDocument
{
    /// <summary>Creates a protocol extract.</summary>
    /// <param name="meeting">Sammanträdet (the meeting, as far as the extract shows it).</param>
    /// <param name="paragraphs">Paragrafer (the paragraphs extracted, in protocol order; numbers unique).</param>
    /// <exception cref="ArgumentNullException"><paramref name="meeting"/> is null.</exception>
    /// <exception cref="ArgumentException">Two paragraphs share a number.</exception>
    public ProtocolExtract(Meeting meeting, EquatableArray<Paragraph> paragraphs)
    {
        Protocol.RequireUniqueNumbers(paragraphs);
        Meeting = Guard.Against.Null(meeting);
        Paragraphs = paragraphs;
    }

    /// <inheritdoc/>
    public DocumentKind Kind => DocumentKind.ProtocolExtract;

    /// <summary>Rubrik ("Protokollsutdrag Kommunstyrelsen 2019-04-10").</summary>
    public string Title => string.Create(CultureInfo.InvariantCulture, $"Protokollsutdrag {Meeting.Body.Name} {Meeting.Date:yyyy-MM-dd}");

    /// <summary>Sammanträdet (the meeting, as far as the extract shows it).</summary>
    public Meeting Meeting { get; }

    /// <summary>Paragrafer (the paragraphs extracted, in protocol order).</summary>
    public EquatableArray<Paragraph> Paragraphs { get; }

    /// <summary>
    /// Justering (the original protocol's attestation as the extract records it), or null when the extract does not
    /// show it. It is judged together with <see cref="Notice"/>: only both together place the extract's decisions in
    /// the deadline chain of KL 5 kap. 69 § and 8 kap. 12 §.
    /// </summary>
    public Attestation? Attestation { get; init; }

    /// <summary>
    /// Anslag (the notice of the original protocol's justering as the extract records it), or null when the extract
    /// does not show it; when recorded, the appeal period of the extracted decisions runs from it (KL 13 kap. 5 §).
    /// </summary>
    public Notice? Notice { get; init; }

    /// <summary>Utdragsbestyrkande (the certification that the extract agrees with the original), or null when the extract records none.</summary>
    public ExtractCertification? Certification { get; init; }

    /// <summary>The extract as a protocol of its paragraphs, for the procedure facts (nothing is added).</summary>
    internal Protocol AsProtocol() =>
        new(Meeting, Paragraphs) { Attestation = Attestation, Notice = Notice };
}

/// <summary>Utdragsbestyrkande (the certification that a protocol extract agrees with the original).</summary>
/// <remarks>Equality is structural.</remarks>
public sealed record ExtractCertification
{
    /// <summary>Bestyrkt av (who certified the extract), or null when not recorded.</summary>
    public Person? CertifiedBy { get; init; }

    /// <summary>Datum (the day the extract was certified), or null when not recorded.</summary>
    public DateOnly? Date { get; init => field = Guard.Against.OutsideSupportedDates(value, nameof(Date)); }
}
