using System.Collections.Immutable;

namespace Trygghet.Domain.Common;

/// <summary>Pliktläge (the state of a periodic duty in one window, as of a date).</summary>
public enum DutyStatus
{
    /// <summary>Kommande (the window has not started as of the date and nothing recorded fills it yet).</summary>
    Upcoming,

    /// <summary>Pågår (the window is running, not yet fulfilled, and keeps pace where pace is asked).</summary>
    Due,

    /// <summary>I riskzonen (the window is running and the count lags behind an even spread of the count required).</summary>
    AtRisk,

    /// <summary>Uppfylld (what is recorded in the window, on or before the date, reaches the count required).</summary>
    Met,

    /// <summary>Missad (the window closed before the date without the count required).</summary>
    Missed,
}

/// <summary>
/// Pliktperiod (one window of a periodic duty with its state as of a date): the days in which doing it counts,
/// the calendar period the window belongs to, how many were required and counted.
/// </summary>
/// <param name="Window">The days in which a recorded occurrence counts; the duty is due by <c>Window.End</c>.</param>
/// <param name="FullPeriod">The whole calendar period the window belongs to (equal to the window unless the duty's span cuts it or a grace is added).</param>
/// <param name="Required">The count required in the window (the duty's count, pro rata by days for a period the span covers only in part).</param>
/// <param name="Counted">The count recorded in the window on or before the date.</param>
/// <param name="Status">The state as of the date.</param>
/// <param name="MetOn">The start of the first occurrence counted in the window (records in date order: the earliest), or null when none counted.</param>
/// <param name="MetBy">The index, among the occurrences given, of that first occurrence, or null.</param>
public sealed record DutyPeriod(DateRange Window, DateRange FullPeriod, int Required, int Counted, DutyStatus Status, DateOnly? MetOn, int? MetBy)
{
    /// <summary>Senast (the due date: the window's last day).</summary>
    public DateOnly DueDate => Window.End;
}

/// <summary>Förekomst (one recorded doing of a duty): when it took place and how many it counts for.</summary>
/// <param name="When">The days it took place; it counts in a window it overlaps, from the day it started.</param>
/// <param name="Count">How many it counts for (at least 1 for a doing; 0 counts for nothing).</param>
internal readonly record struct DutyOccurrence(DateRange When, int Count = 1)
{
    /// <summary>An occurrence of one day counting once.</summary>
    public static DutyOccurrence On(DateOnly day) => new(DateRange.SingleDay(day));
}

/// <summary>
/// Periodisk plikt (a duty to do something in each window of a schedule): how often (the windows, from the
/// cadence over the span it applies to) and what it takes to count as done (a count per window, pro rata for
/// a window the span cuts; optionally at an even pace). What is done is the caller's: it passes the occurrences
/// that count. The one evaluator behind the follow-up schedule of agreements, the periodic follow-ups of plans
/// and appropriations, the council's reports and dialogues and the commitments of citizen promises.
/// </summary>
internal sealed record PeriodicDuty
{
    private PeriodicDuty(ImmutableArray<(DateRange Piece, DateRange Full)> periods) => Periods = periods;

    /// <summary>The periods of the schedule: the piece the span covers and the whole period it belongs to.</summary>
    public ImmutableArray<(DateRange Piece, DateRange Full)> Periods { get; }

    /// <summary>The count required per whole period (at least 1).</summary>
    public int Required
    {
        get;
        init
        {
            field = Guard.Against.Below(value, 1);
        }
    } = 1;

    /// <summary>True when a running window is expected to keep pace with an even spread of the count required.</summary>
    public bool Paced { get; init; }

    /// <summary>Days after each period's end that still count, and by which it is due (0 or more).</summary>
    public int GraceDays
    {
        get;
        init
        {
            field = Guard.Against.Negative(value);
        }
    }

    /// <summary>The windows: each period's piece, extended by the grace days.</summary>
    public ImmutableArray<DateRange> Windows => [.. Periods.Select(p => Window(p.Piece))];

    /// <summary>Per kalenderperiod (one window per calendar period of a kind, clipped to the span).</summary>
    public static PeriodicDuty Per(PeriodKind kind, DateRange span) =>
        new([.. span.SplitBy(kind).Select(piece => (piece, DateRange.PeriodContaining(kind, piece.Start) ?? piece))]);

    /// <summary>
    /// Per termin (one window per term, clipped to the span): the spring term from January up to the month
    /// <paramref name="autumnStartMonth"/>, the autumn term from its first day to the end of December.
    /// </summary>
    public static PeriodicDuty Terms(DateRange span, int autumnStartMonth)
    {
        Guard.Against.Below(autumnStartMonth, 2);
        Guard.Against.Above(autumnStartMonth, 12);
        var periods = ImmutableArray.CreateBuilder<(DateRange, DateRange)>();
        for (var year = span.Start.Year; year <= span.End.Year; year++)
        {
            var autumn = new DateOnly(year, autumnStartMonth, 1);
            foreach (var term in new[] { new DateRange(new DateOnly(year, 1, 1), autumn.AddDays(-1)), new DateRange(autumn, new DateOnly(year, 12, 31)) })
            {
                if (term.Intersect(span) is { } piece)
                {
                    periods.Add((piece, term));
                }
            }
        }

        return new(periods.ToImmutable());
    }

    /// <summary>Vart n:e år (one window per block of <paramref name="years"/> years counted from the span's start, the last clipped).</summary>
    public static PeriodicDuty EveryYears(int years, DateRange span)
    {
        Guard.Against.Below(years, 1);
        var periods = ImmutableArray.CreateBuilder<(DateRange, DateRange)>();
        for (var start = span.Start; start <= span.End;)
        {
            var full = new DateRange(start, start.AddYears(years).AddDays(-1));
            periods.Add((full.End >= span.End ? new DateRange(start, span.End) : full, full));
            if (full.End >= span.End)
            {
                break;
            }

            start = full.End.AddDays(1);
        }

        return new(periods.ToImmutable());
    }

    /// <summary>En gång (one window: the whole of <paramref name="window"/>).</summary>
    public static PeriodicDuty Once(DateRange window) => new([(window, window)]);

    /// <summary>None (no window: a duty that is never due, such as continuous follow-up).</summary>
    public static PeriodicDuty Never { get; } = new([]);

    /// <summary>Evaluates the duty against days on which it was done (one each), earliest first.</summary>
    public ImmutableArray<DutyPeriod> Evaluate(IEnumerable<DateOnly> days, DateOnly asOf)
    {
        Guard.Against.Null(days);
        return Evaluate(days.Order().Select(DutyOccurrence.On), asOf);
    }

    /// <summary>
    /// Evaluates every window as of a date. An occurrence counts in a window it overlaps when it started on or
    /// before the date; the first counted, in the order given, is the one named as meeting it.
    /// </summary>
    public ImmutableArray<DutyPeriod> Evaluate(IEnumerable<DutyOccurrence> done, DateOnly asOf)
    {
        Guard.Against.Null(done);
        var known = done.Select((o, i) => (o, i)).Where(x => x.o.Count > 0 && x.o.When.Start <= asOf).ToList();
        var result = ImmutableArray.CreateBuilder<DutyPeriod>(Periods.Length);
        foreach (var (piece, full) in Periods)
        {
            var window = Window(piece);
            var counted = 0;
            int? first = null;
            DateOnly? metOn = null;
            foreach (var (occurrence, index) in known)
            {
                if (occurrence.When.Overlaps(window))
                {
                    counted += occurrence.Count;
                    first ??= index;
                    metOn ??= occurrence.When.Start;
                }
            }

            var required = RequiredIn(Required, piece, full);
            result.Add(new DutyPeriod(window, full, required, counted, StatusOf(required, counted, window, asOf), metOn, first));
        }

        return result.MoveToImmutable();
    }

    /// <summary>
    /// The count required in part of a period: the count pro rata by days, rounded up, never more than the count
    /// (for the whole period, or a count of 1, the count itself).
    /// </summary>
    public static int RequiredIn(int required, DateRange part, DateRange full)
    {
        Guard.Against.Below(required, 1);
        Guard.Against.NotWithin(part, full);
        var prorated = (((long)required * part.LengthInDays) + full.LengthInDays - 1) / full.LengthInDays;
        return (int)Math.Min(required, prorated);
    }

    private DutyStatus StatusOf(int required, int counted, DateRange window, DateOnly asOf)
    {
        if (counted >= required)
        {
            return DutyStatus.Met;
        }

        if (asOf > window.End)
        {
            return DutyStatus.Missed;
        }

        if (asOf < window.Start)
        {
            return DutyStatus.Upcoming;
        }

        var elapsed = (long)asOf.DayNumber - window.Start.DayNumber + 1;
        return Paced && counted < required * elapsed / window.LengthInDays ? DutyStatus.AtRisk : DutyStatus.Due;
    }

    private DateRange Window(DateRange piece) => GraceDays == 0 ? piece : new DateRange(piece.Start, piece.End.AddDays(GraceDays));
}
