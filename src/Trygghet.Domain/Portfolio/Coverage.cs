using System.Collections.Immutable;

namespace Trygghet.Domain.Portfolio;

/// <summary>Glapp (a gap): days between successive agreements that no agreement covers.</summary>
/// <param name="Days">The uncovered days.</param>
/// <param name="BeforeIndex">Index of the range that ends the day before the gap (the latest-ending one).</param>
/// <param name="AfterIndex">Index of the range that starts the day after the gap.</param>
public sealed record CoverageGap(DateRange Days, int BeforeIndex, int AfterIndex);

/// <summary>Överlapp (an overlap): days two agreements both cover.</summary>
/// <param name="Days">The shared days.</param>
/// <param name="FirstIndex">Index of one range (the smaller index).</param>
/// <param name="SecondIndex">Index of the other range.</param>
public sealed record CoverageOverlap(DateRange Days, int FirstIndex, int SecondIndex);

/// <summary>Täckning (coverage) of a span of time by several validity ranges.</summary>
public static class Coverage
{
    /// <summary>
    /// The gaps between ranges: maximal runs of days between the earliest start and the latest end that no range covers.
    /// </summary>
    /// <param name="ranges">The ranges, in any order (indices refer to this list).</param>
    /// <returns>The gaps in date order.</returns>
    public static ImmutableArray<CoverageGap> Gaps(IReadOnlyList<DateRange> ranges)
    {
        Guard.Against.Null(ranges);
        var gaps = ImmutableArray.CreateBuilder<CoverageGap>();
        var order = Enumerable.Range(0, ranges.Count).OrderBy(i => ranges[i].Start).ThenBy(i => i).ToList();
        if (order.Count == 0)
        {
            return [];
        }

        var latest = order[0];
        foreach (var i in order.Skip(1))
        {
            var coveredTo = ranges[latest].End;
            if (ranges[i].Start.DayNumber > coveredTo.DayNumber + 1)
            {
                gaps.Add(new CoverageGap(new DateRange(coveredTo.AddDays(1), ranges[i].Start.AddDays(-1)), latest, i));
            }

            if (ranges[i].End > coveredTo)
            {
                latest = i;
            }
        }

        return gaps.ToImmutable();
    }

    /// <summary>The overlaps: for every pair of ranges that share days, the shared days.</summary>
    /// <param name="ranges">The ranges (indices refer to this list).</param>
    /// <returns>The overlaps, ordered by first index then second.</returns>
    public static ImmutableArray<CoverageOverlap> Overlaps(IReadOnlyList<DateRange> ranges)
    {
        Guard.Against.Null(ranges);
        var overlaps = ImmutableArray.CreateBuilder<CoverageOverlap>();
        for (var i = 0; i < ranges.Count; i++)
        {
            for (var j = i + 1; j < ranges.Count; j++)
            {
                if (ranges[i].Intersect(ranges[j]) is { } shared)
                {
                    overlaps.Add(new CoverageOverlap(shared, i, j));
                }
            }
        }

        return overlaps.ToImmutable();
    }

    /// <summary>The parts of a span that none of the covering ranges covers, as maximal runs in date order.</summary>
    /// <param name="span">The span to cover.</param>
    /// <param name="cover">The covering ranges.</param>
    /// <returns>The uncovered parts.</returns>
    public static ImmutableArray<DateRange> Uncovered(DateRange span, IEnumerable<DateRange> cover)
    {
        Guard.Against.Null(cover);
        var result = ImmutableArray.CreateBuilder<DateRange>();
        var next = span.Start.DayNumber;
        foreach (var range in cover.Order())
        {
            if (range.End.DayNumber < next || range.Start > span.End)
            {
                continue;
            }

            if (range.Start.DayNumber > next)
            {
                result.Add(new DateRange(DateOnly.FromDayNumber(next), range.Start.AddDays(-1)));
            }

            next = Math.Max(next, range.End.DayNumber + 1);
            if (next > span.End.DayNumber)
            {
                break;
            }
        }

        if (next <= span.End.DayNumber)
        {
            result.Add(new DateRange(DateOnly.FromDayNumber(next), span.End));
        }

        return result.ToImmutable();
    }
}
