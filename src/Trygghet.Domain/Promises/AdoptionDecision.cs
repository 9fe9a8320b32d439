namespace Trygghet.Domain.Promises;

/// <summary>Antagandebeslut (the decision adopting a document), e.g. the kommunstyrelse adopting a medborgarlöfte.</summary>
/// <remarks>Equality is structural.</remarks>
public sealed record AdoptionDecision
{
    /// <summary>Creates a decision.</summary>
    /// <param name="body">Organ (the body that decided, e.g. "Kommunstyrelsen").</param>
    /// <param name="date">Beslutsdatum (the date of the decision).</param>
    public AdoptionDecision(string body, DateOnly date)
    {
        Body = Guard.Against.NullOrWhiteSpace(body);
        Date = Guard.Against.OutsideSupportedDates(date, nameof(date));
    }

    /// <summary>Organ (the deciding body as written).</summary>
    public string Body { get; }

    /// <summary>Beslutsdatum (the decision date).</summary>
    public DateOnly Date { get; }

    /// <summary>Diarienummer, when stated.</summary>
    public CaseNumber? CaseNumber { get; init; }

    /// <summary>Paragraf (the protocol paragraph, e.g. "§ 112"), when stated.</summary>
    public string? Paragraph { get; init; }
}
