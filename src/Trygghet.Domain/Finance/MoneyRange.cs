using System.Diagnostics;

namespace Trygghet.Domain.Finance;

/// <summary>
/// Kostnadsintervall (an inclusive range of kronor, e.g. "5-6 mnkr" = 5 000 000..6 000 000).
/// </summary>
/// <remarks>Equality compares both bounds. The default value is the range 0..0.</remarks>
public readonly record struct MoneyRange
{
    /// <summary>Creates a range of kronor.</summary>
    /// <param name="min">The least amount, not negative.</param>
    /// <param name="max">The greatest amount, not less than <paramref name="min"/>.</param>
    public MoneyRange(decimal min, decimal max)
    {
        Guard.Against.InvalidAmount(min, nameof(min));
        Guard.Against.InvalidAmount(max, nameof(max));
        if (max < min)
        {
            throw DomainGuards.OutOfRange(
                nameof(max),
                max,
                "Det största beloppet får inte vara mindre än det minsta.",
                "The greatest amount must not be less than the least.");
        }

        Min = min;
        Max = max;
    }

    // A sum of valid ranges: non-negative and ordered by construction, but not bound by the limit on one amount.
    private MoneyRange(decimal min, decimal max, bool isSum)
    {
        Debug.Assert(isSum && min >= 0 && max >= min, "A sum of valid ranges.");
        Min = min;
        Max = max;
    }

    /// <summary>Lägst (the least amount in kronor).</summary>
    public decimal Min { get; }

    /// <summary>Högst (the greatest amount in kronor).</summary>
    public decimal Max { get; }

    /// <summary>Creates a range from amounts in millions of kronor (mnkr).</summary>
    /// <param name="minMillions">The least amount in mnkr.</param>
    /// <param name="maxMillions">The greatest amount in mnkr.</param>
    /// <returns>The range in kronor.</returns>
    public static MoneyRange FromMillions(decimal minMillions, decimal maxMillions) =>
        maxMillions < minMillions
            ? throw DomainGuards.OutOfRange(
                nameof(maxMillions),
                maxMillions,
                "Det största beloppet får inte vara mindre än det minsta.",
                "The greatest amount must not be less than the least.")
            : new(
                Guard.Against.InvalidAmount(Money.ToKronor(minMillions, nameof(minMillions)), nameof(minMillions)),
                Guard.Against.InvalidAmount(Money.ToKronor(maxMillions, nameof(maxMillions)), nameof(maxMillions)));

    /// <summary>True when the amount lies inside the range (bounds included).</summary>
    /// <param name="amount">An amount in kronor.</param>
    /// <returns>True when inside.</returns>
    public bool Contains(decimal amount) => Min <= amount && amount <= Max;

    /// <summary>The range of sums of one amount from each range.</summary>
    /// <param name="other">The other range.</param>
    /// <returns>The sum range.</returns>
    /// <remarks>A sum may exceed <see cref="TrygghetLimits.MaxAmount"/>; it cannot overflow (any number of amounts within the limit sums exactly).</remarks>
    public MoneyRange Plus(MoneyRange other) => new(Min + other.Min, Max + other.Max, isSum: true);

    /// <summary>The range of sums of one amount from each of several ranges (0..0 for none).</summary>
    /// <param name="ranges">The ranges.</param>
    /// <returns>The sum range.</returns>
    public static MoneyRange Sum(IEnumerable<MoneyRange> ranges)
    {
        Guard.Against.Null(ranges);
        var sum = default(MoneyRange);
        foreach (var range in ranges)
        {
            sum = sum.Plus(range);
        }

        return sum;
    }

    /// <summary>Shows the range in mnkr, e.g. "5-6 mnkr".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Money.FormatMillions(Min)}-{Money.FormatMillions(Max)} mnkr";
}
