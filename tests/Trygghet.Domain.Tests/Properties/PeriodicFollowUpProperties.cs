using Trygghet.Domain.CrimePreventionDuty;
using FsCheck;
using FsCheck.Fluent;
using Trygghet.Domain.Common;
using Trygghet.Domain.Plans;
using static Trygghet.Domain.Tests.Properties.DomainGenerators;

namespace Trygghet.Domain.Tests.Properties;

/// <summary>Laws of periodic follow-up: a follow-up on its due date is never missed; more follow-ups never hurt.</summary>
public sealed class PeriodicFollowUpProperties
{
    private static readonly FollowUpCadence[] Periodic =
        [FollowUpCadence.Monthly, FollowUpCadence.Quarterly, FollowUpCadence.Tertial, FollowUpCadence.HalfYearly, FollowUpCadence.Annual, FollowUpCadence.Biennial];

    /// <summary>A plan-like case: a cadence, a span of up to ~6 years, recorded days near the span, and an as-of day.</summary>
    private sealed record Case(FollowUpCadence Cadence, DateRange Span, DateOnly[] Recorded, DateOnly AsOf);

    private static readonly Gen<Case> CaseGen =
        from cadence in Gen.Elements(Periodic)
        from start in Gen.Choose(new DateOnly(2000, 1, 1).DayNumber, new DateOnly(2040, 1, 1).DayNumber)
        from length in Gen.Choose(0, 2200)
        let span = new DateRange(DateOnly.FromDayNumber(start), DateOnly.FromDayNumber(start + length))
        from recorded in Gen.ListOf(Gen.Choose(start - 30, start + length + 30).Select(DateOnly.FromDayNumber))
        from asOf in Gen.Choose(start - 60, start + length + 400).Select(DateOnly.FromDayNumber)
        select new Case(cadence, span, [.. recorded], asOf);

    private static IEnumerable<Case> ShrinkCase(Case c)
    {
        for (var i = 0; i < c.Recorded.Length; i++)
        {
            yield return c with { Recorded = [.. c.Recorded.Take(i), .. c.Recorded.Skip(i + 1)] };
        }

        if (c.Span.LengthInDays > 1)
        {
            yield return c with { Span = new DateRange(c.Span.Start, c.Span.Start.AddDays((c.Span.LengthInDays / 2) - 1)) };
        }

        if (c.Cadence != FollowUpCadence.Annual)
        {
            yield return c with { Cadence = FollowUpCadence.Annual };
        }
    }

    private static readonly Arbitrary<Case> Cases = Arb.From(CaseGen, ShrinkCase);

    private static IEnumerable<int[]> ShrinkArray(int[] items) =>
        Enumerable.Range(0, items.Length).Select(i => items.Where((_, j) => j != i).ToArray());

    [DomainProperty]
    public Property Periods_PartitionTheSpan() =>
        Prop.ForAll(Cases, c =>
        {
            var periods = PeriodicFollowUp.Periods(c.Cadence, c.Span);
            var contiguous = periods.Zip(periods.Skip(1)).All(p => p.First.End.AddDays(1) == p.Second.Start);
            return periods.Length > 0 && periods[0].Start == c.Span.Start && periods[^1].End == c.Span.End && contiguous;
        });

    [DomainProperty]
    public Property FollowUpOnItsDueDate_IsNeverMissed() =>
        Prop.ForAll(Cases, Arb.From(Gen.Choose(0, 1000)), (c, pick) =>
        {
            var periods = PeriodicFollowUp.Periods(c.Cadence, c.Span);
            var k = pick % periods.Length;
            var statuses = PeriodicFollowUp.Evaluate(c.Cadence, c.Span, [.. c.Recorded, periods[k].End], c.AsOf);
            return statuses[k].Status != DutyStatus.Missed
                && (c.AsOf < periods[k].End || statuses[k].Status == DutyStatus.Met);
        });

    [DomainProperty]
    public Property AddingFollowUps_NeverTurnsMetIntoMissed() =>
        Prop.ForAll(Cases, Arb.From(Gen.ArrayOf(Gen.Choose(-30, 2300)), ShrinkArray), (c, offsets) =>
        {
            var extra = offsets.Select(o => c.Span.Start.AddDays(o));
            var before = PeriodicFollowUp.Evaluate(c.Cadence, c.Span, c.Recorded, c.AsOf);
            var after = PeriodicFollowUp.Evaluate(c.Cadence, c.Span, c.Recorded.Concat(extra), c.AsOf);
            return before.Zip(after).All(p =>
                (p.First.Status != DutyStatus.Met || p.Second.Status == DutyStatus.Met)
                && (p.Second.Status != DutyStatus.Missed || p.First.Status == DutyStatus.Missed));
        });

    [DomainProperty]
    public Property Evaluation_DoesNotDependOnTheOrderOfRecords() =>
        Prop.ForAll(Cases, c =>
            PeriodicFollowUp.Evaluate(c.Cadence, c.Span, c.Recorded, c.AsOf)
                .SequenceEqual(PeriodicFollowUp.Evaluate(c.Cadence, c.Span, c.Recorded.Reverse(), c.AsOf)));

    [DomainProperty]
    public Property MissedPeriods_HaveEndedAndUpcomingOnesHaveNotStarted() =>
        Prop.ForAll(Cases, c =>
            PeriodicFollowUp.Evaluate(c.Cadence, c.Span, c.Recorded, c.AsOf).All(s => s.Status switch
            {
                DutyStatus.Missed => s.Window.End < c.AsOf && !c.Recorded.Any(d => d <= c.AsOf && s.Window.Contains(d)),
                DutyStatus.Upcoming => c.AsOf < s.Window.Start,
                DutyStatus.Due => s.Window.Contains(c.AsOf),
                _ => s.MetOn is { } met && s.Window.Contains(met) && met <= c.AsOf,
            }));

    [DomainProperty]
    public Property RollingFollowUp_OnEveryDeadline_IsNeverMissed() =>
        Prop.ForAll(Dates, Arb.From(Gen.Choose(1, 3)), Arb.From(Gen.Choose(0, 12)), (from, years, count) =>
        {
            var followUps = new List<DateOnly>();
            var next = from.AddYears(years);
            for (var i = 0; i < count && next.Year < 2190; i++)
            {
                followUps.Add(next);
                next = next.AddYears(years);
            }

            var asOf = followUps.Count > 0 ? followUps[^1] : from;
            return CrimePreventionAct.EveryMonths(from, 12 * years, followUps, asOf).IsEmpty;
        });
}
