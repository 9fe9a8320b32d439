namespace Trygghet.Domain.Promises;

/// <summary>Antagandebeslut (the decision adopting a document), e.g. the kommunstyrelse adopting a medborgarlöfte.</summary>
/// <remarks>Equality is structural.</remarks>
/// <param name="Body">Organ (the body that decided, e.g. "Kommunstyrelsen").</param>
/// <param name="Date">Beslutsdatum (the date of the decision).</param>
public sealed record AdoptionDecision(string Body, DateOnly Date)
{
    /// <summary>Organ (the deciding body as written).</summary>
    public string Body { get; } = Guard.Against.NullOrWhiteSpace(Body);

    /// <summary>Beslutsdatum (the decision date).</summary>
    public DateOnly Date { get; } = Guard.Against.OutsideSupportedDates(Date, nameof(Date));

    /// <summary>Diarienummer, when stated.</summary>
    public CaseNumber? CaseNumber { get; init; }

    /// <summary>Paragraf (the protocol paragraph, e.g. "§ 112"), when stated.</summary>
    public string? Paragraph { get; init; }
}
