namespace Trygghet.Domain.Agreements;

/// <summary>
/// Uppföljningstext (follow-up text) written under a measure in a follow-up report, e.g. an "Uppföljning" row of
/// a halvårsuppföljning.
/// </summary>
/// <remarks>Equality is structural.</remarks>
public sealed record FollowUpNote
{
    /// <summary>Creates a note.</summary>
    /// <param name="kind">The follow-up it belongs to.</param>
    /// <param name="date">The date of the follow-up report.</param>
    /// <param name="text">The text as written.</param>
    public FollowUpNote(FollowUpKind kind, DateOnly date, string text)
    {
        Kind = Guard.Against.UndefinedValue(kind);
        Date = Guard.Against.OutsideSupportedDates(date, nameof(date));
        Text = Guard.Against.NullOrWhiteSpace(text);
    }

    /// <summary>Uppföljningstyp (kind).</summary>
    public FollowUpKind Kind { get; }

    /// <summary>Datum (the date of the report).</summary>
    public DateOnly Date { get; }

    /// <summary>Text (as written).</summary>
    public string Text { get; }
}
