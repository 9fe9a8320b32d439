using FsCheck;
using FsCheck.Fluent;
using Trygghet.Domain.Common;
using Trygghet.Domain.Promises;

namespace Trygghet.Domain.Tests.Properties;

/// <summary>Generators with shrinkers for agreements, portfolios and promises.</summary>
internal static class AgreementGenerators
{
    private static readonly DateOnly Anchor = new(2022, 1, 1);

    /// <summary>A range starting within three years of 2022-01-01, 1 to about 500 days long (so successive agreements meet, overlap and leave gaps).</summary>
    public static Gen<DateRange> Range { get; } =
        from offset in Gen.Choose(-400, 700)
        from length in Gen.Frequency((3, Gen.Choose(0, 90)), (2, Gen.Choose(0, 500)))
        select new DateRange(Anchor.AddDays(offset), Anchor.AddDays(offset + length));

    /// <summary>Ranges shrink towards 2022-01-01 and towards one day.</summary>
    public static IEnumerable<DateRange> ShrinkRange(DateRange range)
    {
        var offset = range.Start.DayNumber - Anchor.DayNumber;
        var length = range.LengthInDays - 1;
        for (var step = offset / 2; step != 0; step /= 2)
        {
            yield return new DateRange(range.Start.AddDays(-step), range.End.AddDays(-step));
        }

        for (var l = length / 2; l > 0; l /= 2)
        {
            yield return new DateRange(range.Start, range.Start.AddDays(l));
        }

        if (length > 0)
        {
            yield return DateRange.SingleDay(range.Start);
        }
    }

    /// <summary>Shrinks a list by dropping an element, then by shrinking one element.</summary>
    public static IEnumerable<T[]> ShrinkList<T>(T[] items, Func<T, IEnumerable<T>> shrinkItem, int minCount)
    {
        if (items.Length > minCount)
        {
            for (var i = 0; i < items.Length; i++)
            {
                yield return [.. items[..i], .. items[(i + 1)..]];
            }
        }

        for (var i = 0; i < items.Length; i++)
        {
            foreach (var smaller in shrinkItem(items[i]))
            {
                var copy = (T[])items.Clone();
                copy[i] = smaller;
                yield return copy;
            }
        }
    }

    /// <summary>One to six agreement validities.</summary>
    public static Arbitrary<DateRange[]> Portfolios { get; } = Arb.From(
        Gen.Choose(1, 6).SelectMany(n => Range.ArrayOf(n)),
        ranges => ShrinkList(ranges, ShrinkRange, 1));

    /// <summary>A range and two dates in or near it.</summary>
    public static Arbitrary<(DateRange Range, int WarnDays, DateOnly First, DateOnly Second)> ValidityCases { get; } = Arb.From(
        from range in Range
        from warn in Gen.Choose(0, 400)
        from a in Gen.Choose(-100, range.LengthInDays + 100)
        from b in Gen.Choose(-100, range.LengthInDays + 100)
        select (Range: range, WarnDays: warn, First: range.Start.AddDays(Math.Min(a, b)), Second: range.Start.AddDays(Math.Max(a, b))),
        c => ShrinkRange(c.Range).Select(r => (r, c.WarnDays, r.Start, r.Start)).Append((c.Range, 0, c.First, c.Second)).Where(x => x != c));

    /// <summary>A counted commitment over a validity, with activities, an as-of date and extra activities.</summary>
    public sealed record CommitmentCase(DateRange Validity, int Minimum, QuotaPeriod Per, ActivityRecord[] Activities, ActivityRecord[] Extra, DateOnly AsOf)
    {
        public CitizenPromise Promise(IEnumerable<ActivityRecord> activities) =>
            new(CaseNumber.Parse("KS 22/0091"), "Löfte", PromiseValidity.Fixed(Validity))
            {
                Commitments = [new PromiseCommitment("c", "Åtagande") { Quota = new Quota(Minimum, Per) }],
                Activities = activities.ToEquatableArray(),
            };

        public override string ToString() =>
            $"{Validity} min {Minimum} per {Per} asOf {AsOf:yyyy-MM-dd} activities [{string.Join(", ", Activities.Select(a => $"{a.Date:yyyy-MM-dd}x{a.Count}"))}] extra [{string.Join(", ", Extra.Select(a => $"{a.Date:yyyy-MM-dd}x{a.Count}"))}]";
    }

    private static Gen<ActivityRecord> Activity(DateRange validity) =>
        from day in Gen.Choose(-30, validity.LengthInDays + 30)
        from count in Gen.Frequency((4, Gen.Constant(1)), (1, Gen.Choose(2, 4)))
        select new ActivityRecord(validity.Start.AddDays(day), "c", count);

    public static Arbitrary<CommitmentCase> CommitmentCases { get; } = Arb.From(
        from validity in Range
        from minimum in Gen.Choose(1, 8)
        from per in Gen.Elements(Enum.GetValues<QuotaPeriod>())
        from activities in Gen.Choose(0, 12).SelectMany(n => Activity(validity).ArrayOf(n))
        from extra in Gen.Choose(1, 4).SelectMany(n => Activity(validity).ArrayOf(n))
        from asOf in Gen.Choose(0, validity.LengthInDays + 60)
        select new CommitmentCase(validity, minimum, per, activities, extra, validity.Start.AddDays(asOf)),
        ShrinkCommitmentCase);

    private static IEnumerable<CommitmentCase> ShrinkCommitmentCase(CommitmentCase c)
    {
        foreach (var activities in ShrinkList(c.Activities, _ => [], 0))
        {
            yield return c with { Activities = activities };
        }

        foreach (var extra in ShrinkList(c.Extra, _ => [], 1))
        {
            yield return c with { Extra = extra };
        }

        if (c.Minimum > 1)
        {
            yield return c with { Minimum = c.Minimum - 1 };
        }

        if (c.AsOf > c.Validity.Start)
        {
            yield return c with { AsOf = c.Validity.Start };
        }
    }
}
