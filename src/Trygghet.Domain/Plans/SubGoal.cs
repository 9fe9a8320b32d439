namespace Trygghet.Domain.Plans;

/// <summary>Delmål (sub-goal) of a fokusområde, measured by its målindikatorer.</summary>
/// <remarks>Equality is structural.</remarks>
public sealed record SubGoal
{
    /// <summary>Creates a sub-goal.</summary>
    /// <param name="number">The sub-goal's number in the plan (1, 2, ...).</param>
    /// <param name="name">The sub-goal as written, e.g. "Förbättring av uppväxtvillkoren för barn och unga".</param>
    public SubGoal(int number, string name)
    {
        Number = Guard.Against.Below(number, 1);
        Name = Guard.Against.NullOrWhiteSpace(name);
    }

    /// <summary>Nummer (the sub-goal's number).</summary>
    public int Number { get; }

    /// <summary>Namn (the sub-goal as written).</summary>
    public string Name { get; }

    /// <summary>Målindikatorer (indicators); empty when none are given.</summary>
    public EquatableArray<Indicator> Indicators { get; init; }
}
