namespace Trygghet.Domain.Finance;

/// <summary>Genomförd uppföljning (a recorded financial follow-up), identified by the day it reports per.</summary>
/// <remarks>Equality is structural.</remarks>
/// <param name="PerDate">The day the follow-up reports per ("per april" is 30 April).</param>
/// <param name="Description">What it was, e.g. "Delårsbokslut per augusti".</param>
public sealed record FinancialFollowUp(DateOnly PerDate, string Description)
{
    /// <summary>Per (the day reported per).</summary>
    public DateOnly PerDate { get; } = Guard.Against.OutsideSupportedDates(PerDate, nameof(PerDate));

    /// <summary>Beskrivning (what it was).</summary>
    public string Description { get; } = Guard.Against.NullOrWhiteSpace(Description);
}
