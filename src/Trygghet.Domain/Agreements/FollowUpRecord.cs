namespace Trygghet.Domain.Agreements;

/// <summary>
/// Genomförd uppföljning (a follow-up that was done): what, and when. The time is a range so that a source
/// saying only "i augusti 2020" can be recorded exactly (2020-08-01..2020-08-31); a known day is a one-day range.
/// </summary>
/// <remarks>Equality is structural.</remarks>
/// <param name="Kind">Which kind of follow-up was done.</param>
/// <param name="When">When it was done (a single day when known).</param>
/// <param name="Description">What was done.</param>
public sealed record FollowUpRecord(FollowUpKind Kind, DateRange When, string Description)
{
    /// <summary>Uppföljningstyp (kind).</summary>
    public FollowUpKind Kind { get; } = Guard.Against.UndefinedValue(Kind);

    /// <summary>När (when it was done).</summary>
    public DateRange When { get; } = Guard.Against.OutsideSupportedDates(When, nameof(When));

    /// <summary>Vad (what was done).</summary>
    public string Description { get; } = Guard.Against.NullOrWhiteSpace(Description);

    /// <summary>Diarienummer of the follow-up report, when it has one.</summary>
    public CaseNumber? CaseNumber { get; init; }

    /// <summary>Behandlad (where it was dealt with, e.g. "Trygghetsutskottet 2020-11-20 § 33"); null when not stated.</summary>
    public string? DealtWith { get; init; }
}
