namespace Trygghet.Domain.Councils;

/// <summary>Rådets sammanträde (a meeting of the council, as reported).</summary>
/// <remarks>Equality is structural.</remarks>
public sealed record CouncilMeeting
{
    /// <summary>Creates a council meeting.</summary>
    /// <param name="date">The meeting day.</param>
    /// <param name="summary">What the meeting was, e.g. "Formerande möte under kommundirektörens ledning".</param>
    public CouncilMeeting(DateOnly date, string summary)
    {
        Date = Guard.Against.OutsideSupportedDates(date, nameof(date));
        Summary = Guard.Against.NullOrWhiteSpace(summary);
    }

    /// <summary>Datum (the meeting day).</summary>
    public DateOnly Date { get; }

    /// <summary>Sammanfattning (what the meeting was).</summary>
    public string Summary { get; }

    /// <summary>Beslut (what the council decided, as the report summarises it).</summary>
    public EquatableArray<string> Decisions { get; init; }
}
