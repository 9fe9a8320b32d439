namespace Trygghet.Domain.Agreements;

/// <summary>
/// Uppföljningstext (follow-up text) written under a measure in a follow-up report, e.g. an "Uppföljning" row of
/// a halvårsuppföljning.
/// </summary>
/// <remarks>Equality is structural.</remarks>
/// <param name="Kind">The follow-up it belongs to.</param>
/// <param name="Date">The date of the follow-up report.</param>
/// <param name="Text">The text as written.</param>
public sealed record FollowUpNote(FollowUpKind Kind, DateOnly Date, string Text)
{
    /// <summary>Uppföljningstyp (kind).</summary>
    public FollowUpKind Kind { get; } = Guard.Against.UndefinedValue(Kind);

    /// <summary>Datum (the date of the report).</summary>
    public DateOnly Date { get; } = Guard.Against.OutsideSupportedDates(Date, nameof(Date));

    /// <summary>Text (as written).</summary>
    public string Text { get; } = Guard.Against.NullOrWhiteSpace(Text);
}
