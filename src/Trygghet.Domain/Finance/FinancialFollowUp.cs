namespace Trygghet.Domain.Finance;

/// <summary>Genomförd uppföljning (a recorded financial follow-up), identified by the day it reports per.</summary>
/// <remarks>Equality is structural.</remarks>
public sealed record FinancialFollowUp
{
    /// <summary>Creates a recorded follow-up.</summary>
    /// <param name="perDate">The day the follow-up reports per ("per april" is 30 April).</param>
    /// <param name="description">What it was, e.g. "Delårsbokslut per augusti".</param>
    public FinancialFollowUp(DateOnly perDate, string description)
    {
        PerDate = Guard.Against.OutsideSupportedDates(perDate, nameof(perDate));
        Description = Guard.Against.NullOrWhiteSpace(description);
    }

    /// <summary>Per (the day reported per).</summary>
    public DateOnly PerDate { get; }

    /// <summary>Beskrivning (what it was).</summary>
    public string Description { get; }
}
