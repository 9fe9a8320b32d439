using FsCheck;
using FsCheck.Fluent;
using Trygghet.Domain.Common;
using static Trygghet.Domain.Tests.Properties.DomainGenerators;

namespace Trygghet.Domain.Tests.Properties;

/// <summary>Laws of inclusive date ranges, checked against a day-by-day oracle.</summary>
public sealed class DateRangeProperties
{
    private static HashSet<DateOnly> DaySet(DateRange range) => [.. range.Days()];

    [DomainProperty]
    public Property Overlaps_AgreesWithSharedDays() =>
        Prop.ForAll(RangePairs, p =>
            p.First.Overlaps(p.Second) == DaySet(p.First).Overlaps(DaySet(p.Second))
            && p.First.Overlaps(p.Second) == p.Second.Overlaps(p.First));

    [DomainProperty]
    public Property Intersect_IsExactlyTheSharedDays() =>
        Prop.ForAll(RangePairs, p =>
        {
            var shared = DaySet(p.First);
            shared.IntersectWith(DaySet(p.Second));
            var intersection = p.First.Intersect(p.Second);
            return intersection is null ? shared.Count == 0 : DaySet(intersection.Value).SetEquals(shared);
        });

    [DomainProperty]
    public Property GapTo_IsExactlyTheUncoveredDaysBetween() =>
        Prop.ForAll(RangePairs, p =>
        {
            var covered = DaySet(p.First);
            covered.UnionWith(DaySet(p.Second));
            var span = p.First.Span(p.Second);
            var uncovered = span.Days().Where(d => !covered.Contains(d)).ToHashSet();
            var gap = p.First.GapTo(p.Second);
            return gap is null
                ? uncovered.Count == 0
                : DaySet(gap.Value).SetEquals(uncovered) && gap == p.Second.GapTo(p.First);
        });

    [DomainProperty]
    public Property OverlapAdjacencyAndGap_AreMutuallyExclusiveAndExhaustive() =>
        Prop.ForAll(RangePairs, p =>
        {
            var cases = new[] { p.First.Overlaps(p.Second), p.First.IsAdjacentTo(p.Second), p.First.GapTo(p.Second) is not null };
            return cases.Count(c => c) == 1;
        });

    [DomainProperty]
    public Property TryMerge_ComposesRangesThatTouch() =>
        Prop.ForAll(RangePairs, p =>
        {
            var union = DaySet(p.First);
            union.UnionWith(DaySet(p.Second));
            return p.First.TryMerge(p.Second, out var merged)
                ? DaySet(merged).SetEquals(union)
                : p.First.GapTo(p.Second) is not null;
        });

    [DomainProperty]
    public Property Midpoint_SplitsTheDaysInHalves() =>
        Prop.ForAll(Ranges, r =>
            r.Contains(r.Midpoint)
            && r.Midpoint.DayNumber - r.Start.DayNumber == r.LengthInDays / 2
            && r.End.DayNumber - r.Midpoint.DayNumber + 1 >= r.LengthInDays / 2);

    [DomainProperty]
    public Property SplitBy_TilesTheRangeWithPiecesOfOnePeriodEach() =>
        Prop.ForAll(Ranges, Arb.From(Gen.Elements(Enum.GetValues<PeriodKind>())), (r, kind) =>
        {
            var pieces = r.SplitBy(kind);
            var pieceDays = pieces.SelectMany(p => p.Days()).ToList();
            var expected = r.Days().Where(d => DateRange.PeriodContaining(kind, d) is not null).ToList();
            var ordered = pieces.Zip(pieces.Skip(1)).All(x => x.First.End < x.Second.Start);
            var eachInOnePeriod = pieces.All(p =>
                DateRange.PeriodContaining(kind, p.Start) is { } period && period.Contains(p));
            var maximal = pieces.Zip(pieces.Skip(1)).All(x =>
                DateRange.PeriodContaining(kind, x.First.End) != DateRange.PeriodContaining(kind, x.Second.Start));
            return pieceDays.SequenceEqual(expected) && ordered && eachInOnePeriod && maximal;
        });

    [DomainProperty]
    public Property PeriodContaining_ContainsTheDay() =>
        Prop.ForAll(Dates, Arb.From(Gen.Elements(Enum.GetValues<PeriodKind>())), (day, kind) =>
            DateRange.PeriodContaining(kind, day) is { } period
                ? period.Contains(day)
                : kind == PeriodKind.SchoolYear && day.Month == 7);

    [DomainProperty]
    public Property ReadOfToString_RoundTrips() =>
        Prop.ForAll(Ranges, r => DateRange.TryParse(r.ToString()) == ParseResult<DateRange>.Success(r));
}
