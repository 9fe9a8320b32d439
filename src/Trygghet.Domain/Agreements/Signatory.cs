namespace Trygghet.Domain.Agreements;

/// <summary>
/// Undertecknare (signatory): the person who signs for a party, e.g. the kommundirektör for the municipality and
/// the lokalpolisområdeschef for the police.
/// </summary>
/// <remarks>Equality compares all properties.</remarks>
public sealed record Signatory
{
    /// <summary>Creates a signatory.</summary>
    /// <param name="party">The party signed for.</param>
    /// <param name="title">Titel (the title as written), e.g. "Kommundirektör".</param>
    public Signatory(PartyKind party, string title)
    {
        Party = Guard.Against.UndefinedValue(party);
        Title = Guard.Against.NullOrWhiteSpace(title);
    }

    /// <summary>Part (the party signed for).</summary>
    public PartyKind Party { get; }

    /// <summary>Titel (the title as written), e.g. "Lokalpolisområdeschef".</summary>
    public string Title { get; }

    /// <summary>Namn (the name); null when the source does not give it legibly (a published copy may black out a signatory's name).</summary>
    public string? Name { get; init; }

    /// <summary>Ort (place of signing); null when left blank.</summary>
    public string? Place { get; init; }

    /// <summary>Datum (date of signing); null when left blank.</summary>
    public DateOnly? Date { get; init => field = Guard.Against.OutsideSupportedDates(value, nameof(Date)); }
}
