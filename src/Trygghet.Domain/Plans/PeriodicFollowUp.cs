using System.Collections.Immutable;

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
    public static ImmutableArray<DateRange> Periods(FollowUpCadence cadence, DateRange span) => Duty(cadence, span).Windows;

    /// <summary>Evaluates the periods of a cadence over a span as of a date.</summary>
    /// <param name="cadence">The cadence.</param>
    /// <param name="span">The span followed up.</param>
    /// <param name="recorded">Days on which follow-ups were carried out (any order; days after <paramref name="asOf"/> are not yet known and ignored).</param>
    /// <param name="asOf">The date of the evaluation.</param>
    /// <returns>One state per period, in order: <see cref="DutyStatus.Upcoming"/>, <see cref="DutyStatus.Due"/>, <see cref="DutyStatus.Met"/> (by the earliest follow-up in it) or <see cref="DutyStatus.Missed"/>.</returns>
    public static ImmutableArray<DutyPeriod> Evaluate(
        FollowUpCadence cadence, DateRange span, IEnumerable<DateOnly> recorded, DateOnly asOf)
    {
        Guard.Against.Null(recorded);
        return Duty(cadence, span).Evaluate(recorded, asOf);
    }

    private static PeriodicDuty Duty(FollowUpCadence cadence, DateRange span) => cadence switch
    {
        FollowUpCadence.Monthly => PeriodicDuty.Per(PeriodKind.Month, span),
        FollowUpCadence.Quarterly => PeriodicDuty.Per(PeriodKind.Quarter, span),
        FollowUpCadence.Tertial => PeriodicDuty.Per(PeriodKind.Tertial, span),
        FollowUpCadence.HalfYearly => PeriodicDuty.Per(PeriodKind.Term, span),
        FollowUpCadence.Annual => PeriodicDuty.Per(PeriodKind.CalendarYear, span),
        FollowUpCadence.Biennial => PeriodicDuty.EveryYears(2, span),
        FollowUpCadence.NotStated or FollowUpCadence.Continuous or FollowUpCadence.Recurring => PeriodicDuty.Never,
        _ => Guard.Against.UnknownValue<PeriodicDuty>(cadence),
    };
}
