namespace Trygghet.Domain.Plans;

/// <summary>
/// Fokusområde (focus area) of a handlingsplan, e.g. "Hälsa, utbildning och fysisk miljö": analysis,
/// current situation, sub-goals, and activities that belong to the area as a whole.
/// </summary>
/// <remarks>Equality is structural.</remarks>
/// <param name="Number">The area's number in the plan (1, 2, ...).</param>
/// <param name="Name">The area's name.</param>
public sealed record FocusArea(int Number, string Name)
{
    /// <summary>Nummer (the area's number).</summary>
    public int Number { get; } = Guard.Against.Below(Number, 1);

    /// <summary>Namn (the area's name).</summary>
    public string Name { get; } = Guard.Against.NullOrWhiteSpace(Name);

    /// <summary>Analys (analysis); null when none.</summary>
    public string? Analysis { get; init; }

    /// <summary>Nuläge (current situation); null when none.</summary>
    public string? CurrentSituation { get; init; }

    /// <summary>Delmål (sub-goals); empty when none.</summary>
    public EquatableArray<SubGoal> SubGoals { get; init; }

    /// <summary>Insatser (activities of the area as a whole, not tied to one indicator); empty when none.</summary>
    public EquatableArray<PlanActivity> Activities { get; init; }
}
