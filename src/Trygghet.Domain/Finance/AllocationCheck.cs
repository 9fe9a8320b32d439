namespace Trygghet.Domain.Finance;

/// <summary>Var ett belopp ligger (where an amount lies relative to a range).</summary>
public enum RangePosition
{
    /// <summary>Under intervallet (below the least amount).</summary>
    Below,

    /// <summary>Inom intervallet (inside, bounds included).</summary>
    Within,

    /// <summary>Över intervallet (above the greatest amount).</summary>
    Above,
}

/// <summary>Pure checks of allocations against ranges and totals.</summary>
public static class AllocationCheck
{
    /// <summary>Where an amount lies relative to a range.</summary>
    /// <param name="amount">The amount in kronor.</param>
    /// <param name="range">The range.</param>
    /// <returns>Below, within or above.</returns>
    public static RangePosition Position(decimal amount, MoneyRange range) =>
        amount < range.Min ? RangePosition.Below : amount > range.Max ? RangePosition.Above : RangePosition.Within;

    /// <summary>The operating amount allocated to an area (investment allocations are kept apart).</summary>
    /// <param name="area">The area.</param>
    /// <returns>The operating total in kronor.</returns>
    public static decimal OperatingAllocated(AllocationArea area)
    {
        Guard.Against.Null(area);
        return area.Allocations.Where(a => a.Kind == AppropriationKind.Operating).Sum(a => a.Amount);
    }

    /// <summary>The range of total operating cost the areas' estimates allow.</summary>
    /// <param name="decision">The decision.</param>
    /// <returns>The sum of the areas' ranges.</returns>
    public static MoneyRange EstimatedTotal(AppropriationDecision decision)
    {
        Guard.Against.Null(decision);
        return MoneyRange.Sum(decision.Areas.Select(a => a.EstimatedCost));
    }
}
