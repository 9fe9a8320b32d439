namespace Trygghet.Domain.Finance;

/// <summary>
/// Område (area) grouping measures with an estimated operating cost range, e.g. "Resurser i det offentliga
/// rummet", 5-6 mnkr; and the allocations decided for it. Investment allocations do not count against the
/// (operating) range.
/// </summary>
/// <remarks>Equality is structural.</remarks>
public sealed record AllocationArea
{
    /// <summary>Creates an area.</summary>
    /// <param name="name">The area's name.</param>
    /// <param name="estimatedCost">The estimated operating cost range.</param>
    public AllocationArea(string name, MoneyRange estimatedCost)
    {
        Name = Guard.Against.NullOrWhiteSpace(name);
        EstimatedCost = estimatedCost;
    }

    /// <summary>Namn (the area's name).</summary>
    public string Name { get; }

    /// <summary>Uppskattad kostnad (estimated operating cost range).</summary>
    public MoneyRange EstimatedCost { get; }

    /// <summary>Åtgärder (numbers of the decision's measures grouped here, 1-based).</summary>
    public EquatableArray<int> MeasureNumbers { get; init; }

    /// <summary>Beslutade fördelningar (allocations decided for the area); empty when none yet.</summary>
    public EquatableArray<Allocation> Allocations { get; init; }
}
