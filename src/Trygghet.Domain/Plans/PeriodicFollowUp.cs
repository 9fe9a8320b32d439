using System.Collections.Immutable;
using Trygghet.Domain.Common;

namespace Trygghet.Domain.Plans;

/// <summary>
/// Periodisk uppföljning (pure evaluation of periodic follow-ups): splits a span into the periods a cadence
/// demands and says, given recorded follow-up dates, which periods are met, missed, due or upcoming as of a date.
/// A follow-up counts for the period that contains its date; the due date is the period's last day.
/// </summary>
public static class PeriodicFollowUp
{
    /// <summary>True when the cadence has fixed periods that can be checked (monthly to every second year).</summary>
    /// <param name="cadence">The cadence.</param>
    /// <returns>True for periodic cadences; false for not stated, continuous and recurring.</returns>
    public static bool IsPeriodic(FollowUpCadence cadence) => cadence is >= FollowUpCadence.Monthly and <= FollowUpCadence.Biennial;

    /// <summary>The periods in which a follow-up is due, clipped to the span.</summary>
    /// <param name="cadence">The cadence.</param>
    /// <param name="span">The span followed up (e.g. the plan's span).</param>
    /// <returns>The periods in order; empty for cadences that are not periodic.</returns>
    public static ImmutableArray<DateRange> Periods(FollowUpCadence cadence, DateRange span) => cadence switch
    {
        FollowUpCadence.Monthly => span.SplitBy(PeriodKind.Month),
        FollowUpCadence.Quarterly => span.SplitBy(PeriodKind.Quarter),
        FollowUpCadence.Tertial => span.SplitBy(PeriodKind.Tertial),
        FollowUpCadence.HalfYearly => span.SplitBy(PeriodKind.Term),
        FollowUpCadence.Annual => span.SplitBy(PeriodKind.CalendarYear),
        FollowUpCadence.Biennial => EveryYears(span, 2),
        FollowUpCadence.NotStated or FollowUpCadence.Continuous or FollowUpCadence.Recurring => [],
        _ => throw new ArgumentOutOfRangeException(nameof(cadence), cadence, "Unknown follow-up cadence."),
    };

    /// <summary>Evaluates the periods of a cadence over a span as of a date.</summary>
    /// <param name="cadence">The cadence.</param>
    /// <param name="span">The span followed up.</param>
    /// <param name="recorded">Days on which follow-ups were carried out (any order; days after <paramref name="asOf"/> are not yet known and ignored).</param>
    /// <param name="asOf">The date of the evaluation.</param>
    /// <returns>One status per period, in order.</returns>
    public static ImmutableArray<FollowUpPeriodStatus> Evaluate(
        FollowUpCadence cadence, DateRange span, IEnumerable<DateOnly> recorded, DateOnly asOf) =>
        Evaluate(Periods(cadence, span), recorded, asOf);

    /// <summary>Evaluates given periods as of a date.</summary>
    /// <param name="periods">The periods in which a follow-up is due.</param>
    /// <param name="recorded">Days on which follow-ups were carried out; days after <paramref name="asOf"/> are ignored.</param>
    /// <param name="asOf">The date of the evaluation.</param>
    /// <returns>One status per period, in the given order.</returns>
    public static ImmutableArray<FollowUpPeriodStatus> Evaluate(
        ImmutableArray<DateRange> periods, IEnumerable<DateOnly> recorded, DateOnly asOf)
    {
        if (periods.IsDefault)
        {
            throw new ArgumentNullException(nameof(periods), "The periods are missing (a default array).");
        }

        Guard.Against.Null(recorded);
        var known = recorded.Where(d => d <= asOf).Order().ToArray();
        var result = ImmutableArray.CreateBuilder<FollowUpPeriodStatus>(periods.Length);
        foreach (var period in periods)
        {
            DateOnly? metOn = null;
            foreach (var day in known)
            {
                if (period.Contains(day))
                {
                    metOn = day;
                    break;
                }
            }

            var status = metOn is not null ? FollowUpStatus.Met
                : asOf > period.End ? FollowUpStatus.Missed
                : asOf >= period.Start ? FollowUpStatus.Due
                : FollowUpStatus.Upcoming;
            result.Add(new FollowUpPeriodStatus(period, status, metOn));
        }

        return result.MoveToImmutable();
    }

    /// <summary>
    /// Rullande uppföljning (a follow-up needed at least every <paramref name="years"/> years, as in Lag (2023:196) 6 §):
    /// the first deadline is <paramref name="years"/> years after <paramref name="from"/>, each recorded follow-up
    /// starts a new interval.
    /// </summary>
    /// <param name="from">The day the duty starts.</param>
    /// <param name="years">The longest interval in years (at least 1).</param>
    /// <param name="recorded">Days on which follow-ups were carried out; days before <paramref name="from"/> or after <paramref name="asOf"/> are ignored.</param>
    /// <param name="asOf">The date of the evaluation.</param>
    /// <returns>The first deadline that passed without a follow-up (null when none) and the next deadline.</returns>
    public static RollingFollowUpResult EvaluateRolling(DateOnly from, int years, IEnumerable<DateOnly> recorded, DateOnly asOf)
    {
        Guard.Against.Below(years, 1);
        Guard.Against.Null(recorded);
        var deadline = from.AddYears(years);
        foreach (var day in recorded.Where(d => d >= from && d <= asOf).Order())
        {
            if (day > deadline)
            {
                return new RollingFollowUpResult(deadline, deadline);
            }

            deadline = day.AddYears(years);
        }

        return new RollingFollowUpResult(asOf > deadline ? deadline : null, deadline);
    }

    private static ImmutableArray<DateRange> EveryYears(DateRange span, int years)
    {
        var pieces = ImmutableArray.CreateBuilder<DateRange>();
        var start = span.Start;
        while (start <= span.End)
        {
            var end = start.AddYears(years).AddDays(-1);
            if (end >= span.End)
            {
                pieces.Add(new DateRange(start, span.End));
                break;
            }

            pieces.Add(new DateRange(start, end));
            start = end.AddDays(1);
        }

        return pieces.ToImmutable();
    }
}

/// <summary>Resultat av rullande uppföljning (result of a rolling follow-up check).</summary>
/// <param name="MissedDeadline">The first deadline that passed without a follow-up; null when none passed.</param>
/// <param name="NextDeadline">The deadline that applies after the last follow-up known as of the date.</param>
public readonly record struct RollingFollowUpResult(DateOnly? MissedDeadline, DateOnly NextDeadline);
