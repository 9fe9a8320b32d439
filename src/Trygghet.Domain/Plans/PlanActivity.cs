namespace Trygghet.Domain.Plans;

/// <summary>
/// Insats/aktivitet (activity) in a handlingsplan. A plan usually requires its activities to be time-bound and
/// followed up regularly (the decision adopting it says so); a missing period or owner is legal to write down and
/// is reported by the plan rules, not refused here.
/// </summary>
/// <remarks>Equality is structural.</remarks>
/// <param name="Description">What is to be done.</param>
public sealed record PlanActivity(string Description)
{
    /// <summary>Beskrivning (what is to be done).</summary>
    public string Description { get; } = Guard.Against.NullOrWhiteSpace(Description);

    /// <summary>Tidsperiod (when it is carried out); null when the plan does not say.</summary>
    public DateRange? Period { get; init => field = Guard.Against.OutsideSupportedDates(value, nameof(Period)); }

    /// <summary>Ansvarig (owner: an office, body or role); null when the plan does not say.</summary>
    public string? Owner { get; init; }
}
