namespace Trygghet.Domain.Plans;

/// <summary>Delmål (sub-goal) of a fokusområde, measured by its målindikatorer.</summary>
/// <remarks>Equality is structural.</remarks>
/// <param name="Number">The sub-goal's number in the plan (1, 2, ...).</param>
/// <param name="Name">The sub-goal as written, e.g. "Förbättring av uppväxtvillkoren för barn och unga".</param>
public sealed record SubGoal(int Number, string Name)
{
    /// <summary>Nummer (the sub-goal's number).</summary>
    public int Number { get; } = Guard.Against.Below(Number, 1);

    /// <summary>Namn (the sub-goal as written).</summary>
    public string Name { get; } = Guard.Against.NullOrWhiteSpace(Name);

    /// <summary>Målindikatorer (indicators); empty when none are given.</summary>
    public EquatableArray<Indicator> Indicators { get; init; }
}
