namespace Trygghet.Domain.Promises;

/// <summary>Genomförd aktivitet (an activity done under a commitment): date, commitment, how many, and a note.</summary>
/// <remarks>Equality is structural.</remarks>
public sealed record ActivityRecord
{
    /// <summary>Creates a record.</summary>
    /// <param name="date">Datum (when it was done).</param>
    /// <param name="commitmentId">The <see cref="PromiseCommitment.Id"/> it counts for.</param>
    /// <param name="count">Antal (how many occurrences), at least 1.</param>
    public ActivityRecord(DateOnly date, string commitmentId, int count = 1)
    {
        Date = Guard.Against.OutsideSupportedDates(date, nameof(date));
        CommitmentId = Guard.Against.NullOrWhiteSpace(commitmentId);
        Count = Guard.Against.Below(count, 1);
    }

    /// <summary>Datum (when).</summary>
    public DateOnly Date { get; }

    /// <summary>Åtagande (the commitment's id).</summary>
    public string CommitmentId { get; }

    /// <summary>Antal (occurrences).</summary>
    public int Count { get; }

    /// <summary>Anteckning (a note); null when none.</summary>
    public string? Note { get; init; }
}
