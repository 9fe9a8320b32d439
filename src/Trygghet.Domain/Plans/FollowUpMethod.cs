namespace Trygghet.Domain.Plans;

/// <summary>
/// Uppföljningsmetod (follow-up method) of a målindikator: what is measured or reported and how often,
/// e.g. "Årlig mätning av skolresultat och elever med gymnasiebehörighet" (annual).
/// </summary>
/// <remarks>Equality is structural, the recorded dates included.</remarks>
/// <param name="Description">The method as written in the plan.</param>
/// <param name="Cadence">How often it is applied; <see cref="FollowUpCadence.NotStated"/> when the plan does not say.</param>
public sealed record FollowUpMethod(string Description, FollowUpCadence Cadence)
{
    /// <summary>Beskrivning (the method as written).</summary>
    public string Description { get; } = Guard.Against.NullOrWhiteSpace(Description);

    /// <summary>Intervall (how often).</summary>
    public FollowUpCadence Cadence { get; } = Guard.Against.UndefinedValue(Cadence);

    /// <summary>Genomförda uppföljningar (dates on which this follow-up was carried out); empty by default.</summary>
    public EquatableArray<DateOnly> Recorded { get; init => field = Guard.Against.OutsideSupportedDates(value, nameof(Recorded)); }

    /// <summary>Returns a copy with one more recorded follow-up.</summary>
    /// <param name="date">The day the follow-up was carried out.</param>
    /// <returns>The new method.</returns>
    public FollowUpMethod AddRecorded(DateOnly date) =>
        this with { Recorded = Recorded.Add(Guard.Against.OutsideSupportedDates(date, nameof(date))) };
}
