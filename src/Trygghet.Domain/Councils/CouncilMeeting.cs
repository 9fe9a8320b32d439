namespace Trygghet.Domain.Councils;

/// <summary>Rådets sammanträde (a meeting of the council, as reported).</summary>
/// <remarks>Equality is structural.</remarks>
/// <param name="Date">The meeting day.</param>
/// <param name="Summary">What the meeting was, e.g. "Formerande möte under kommundirektörens ledning".</param>
public sealed record CouncilMeeting(DateOnly Date, string Summary)
{
    /// <summary>Datum (the meeting day).</summary>
    public DateOnly Date { get; } = Guard.Against.OutsideSupportedDates(Date, nameof(Date));

    /// <summary>Sammanfattning (what the meeting was).</summary>
    public string Summary { get; } = Guard.Against.NullOrWhiteSpace(Summary);

    /// <summary>Beslut (what the council decided, as the report summarises it).</summary>
    public EquatableArray<string> Decisions { get; init; }
}
