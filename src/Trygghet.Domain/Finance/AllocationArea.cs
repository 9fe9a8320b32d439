namespace Trygghet.Domain.Finance;

/// <summary>
/// Område (area) grouping measures with an estimated operating cost range, e.g. "Resurser i det offentliga
/// rummet", 5-6 mnkr; and the allocations decided for it. Investment allocations do not count against the
/// (operating) range.
/// </summary>
/// <remarks>Equality is structural.</remarks>
/// <param name="Name">The area's name.</param>
/// <param name="EstimatedCost">The estimated operating cost range.</param>
public sealed record AllocationArea(string Name, MoneyRange EstimatedCost)
{
    /// <summary>Namn (the area's name).</summary>
    public string Name { get; } = Guard.Against.NullOrWhiteSpace(Name);

    /// <summary>Uppskattad kostnad (estimated operating cost range).</summary>
    public MoneyRange EstimatedCost { get; } = EstimatedCost;

    /// <summary>Åtgärder (numbers of the decision's measures grouped here, 1-based).</summary>
    public EquatableArray<int> MeasureNumbers { get; init; }

    /// <summary>Beslutade fördelningar (allocations decided for the area); empty when none yet.</summary>
    public EquatableArray<Allocation> Allocations { get; init; }
}
