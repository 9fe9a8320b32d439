namespace Trygghet.Domain.Promises;

/// <summary>
/// Giltighetstid för ett medborgarlöfte (a promise's validity as written): either from a fixed date, or
/// "från och med beslutsdatum i Kommunstyrelsen", to a fixed last day ("till och med den 31 december 2024").
/// </summary>
/// <remarks>Equality compares start and end. When <see cref="Start"/> is null the promise starts on its decision date.</remarks>
public sealed record PromiseValidity
{
    /// <summary>Creates a validity.</summary>
    /// <param name="start">Första dag, or null for "from the decision date".</param>
    /// <param name="end">Sista dag (inclusive); not before <paramref name="start"/>.</param>
    public PromiseValidity(DateOnly? start, DateOnly end)
    {
        Guard.Against.OutsideSupportedDates(start, nameof(start));
        Guard.Against.OutsideSupportedDates(end, nameof(end));
        Guard.Against.EndBeforeStart(start ?? end, end, nameof(end));

        Start = start;
        End = end;
    }

    /// <summary>Första dag (the first day), or null when the validity starts on the decision date.</summary>
    public DateOnly? Start { get; }

    /// <summary>Sista dag (the last day, inclusive).</summary>
    public DateOnly End { get; }

    /// <summary>True when the validity starts on the decision date ("från och med beslutsdatum").</summary>
    public bool StartsAtDecision => Start is null;

    /// <summary>Valid from the decision date to <paramref name="end"/>.</summary>
    /// <param name="end">The last day.</param>
    /// <returns>The validity.</returns>
    public static PromiseValidity FromDecision(DateOnly end) => new(null, end);

    /// <summary>Valid over a fixed range.</summary>
    /// <param name="range">The range.</param>
    /// <returns>The validity.</returns>
    public static PromiseValidity Fixed(DateRange range)
    {
        Guard.Against.OutsideSupportedDates(range, nameof(range));
        return new(range.Start, range.End);
    }
}
