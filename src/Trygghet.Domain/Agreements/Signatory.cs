namespace Trygghet.Domain.Agreements;

/// <summary>
/// Undertecknare (signatory): the person who signs for a party, e.g. the kommundirektör for the municipality and
/// the lokalpolisområdeschef for the police.
/// </summary>
/// <remarks>Equality compares all properties.</remarks>
/// <param name="Party">The party signed for.</param>
/// <param name="Title">Titel (the title as written), e.g. "Kommundirektör".</param>
public sealed record Signatory(PartyKind Party, string Title)
{
    /// <summary>Part (the party signed for).</summary>
    public PartyKind Party { get; } = Guard.Against.UndefinedValue(Party);

    /// <summary>Titel (the title as written), e.g. "Lokalpolisområdeschef".</summary>
    public string Title { get; } = Guard.Against.NullOrWhiteSpace(Title);

    /// <summary>Namn (the name); null when the source does not give it legibly (a published copy may black out a signatory's name).</summary>
    public string? Name { get; init; }

    /// <summary>Ort (place of signing); null when left blank.</summary>
    public string? Place { get; init; }

    /// <summary>Datum (date of signing); null when left blank.</summary>
    public DateOnly? Date { get; init => field = Guard.Against.OutsideSupportedDates(value, nameof(Date)); }
}
