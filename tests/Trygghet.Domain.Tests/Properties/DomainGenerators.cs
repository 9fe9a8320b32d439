using FsCheck;
using FsCheck.Fluent;
using Trygghet.Domain.Common;

namespace Trygghet.Domain.Tests.Properties;

/// <summary>Shared FsCheck generators with shrinkers, so failures shrink to small counterexamples.</summary>
internal static class DomainGenerators
{
    /// <summary>1000 cases per property, failures thrown as exceptions (for properties written with Check).</summary>
    public static readonly Config Thorough = Config.QuickThrowOnFailure.WithMaxTest(1000);

    private static readonly DateOnly Anchor = new(2020, 1, 1);

    /// <summary>A day within 1900-2200.</summary>
    public static Gen<DateOnly> Date { get; } =
        Gen.Choose(new DateOnly(1900, 1, 1).DayNumber, new DateOnly(2199, 12, 1).DayNumber).Select(DateOnly.FromDayNumber);

    /// <summary>Dates shrink towards 2020-01-01, first by years, then by days.</summary>
    public static IEnumerable<DateOnly> ShrinkDate(DateOnly date)
    {
        if (date == Anchor)
        {
            yield break;
        }

        var distance = date.DayNumber - Anchor.DayNumber;
        yield return Anchor;
        for (var step = distance / 2; step != 0; step /= 2)
        {
            yield return DateOnly.FromDayNumber(date.DayNumber - step);
        }
    }

    public static Arbitrary<DateOnly> Dates { get; } = Arb.From(Date, ShrinkDate);

    /// <summary>A range of 1 to about 1,500 days starting in 1900-2195.</summary>
    public static Gen<DateRange> Range { get; } =
        from start in Gen.Choose(new DateOnly(1900, 1, 1).DayNumber, new DateOnly(2195, 1, 1).DayNumber)
        from length in Gen.Frequency((3, Gen.Choose(0, 60)), (2, Gen.Choose(0, 1500)))
        select new DateRange(DateOnly.FromDayNumber(start), DateOnly.FromDayNumber(start + length));

    /// <summary>Ranges shrink by moving the start towards 2020 and the length towards one day.</summary>
    public static IEnumerable<DateRange> ShrinkRange(DateRange range)
    {
        foreach (var start in ShrinkDate(range.Start))
        {
            yield return new DateRange(start, start.AddDays(range.LengthInDays - 1));
        }

        for (var length = range.LengthInDays / 2; length > 0; length /= 2)
        {
            yield return new DateRange(range.Start, range.Start.AddDays(length - 1));
        }
    }

    public static Arbitrary<DateRange> Ranges { get; } = Arb.From(Range, ShrinkRange);

    /// <summary>Two ranges that often lie close to each other (so overlap, adjacency and gaps all occur).</summary>
    public static Arbitrary<(DateRange First, DateRange Second)> RangePairs { get; } = Arb.From(
        from first in Range
        from offset in Gen.Choose(-90, 90)
        from length in Gen.Choose(0, 120)
        let start = first.End.AddDays(offset)
        select (First: first, Second: new DateRange(start, start.AddDays(length))),
        pair => ShrinkRange(pair.First).Select(f => (f, pair.Second))
            .Concat(ShrinkRange(pair.Second).Select(s => (pair.First, s))));
}
