using System.Collections.Immutable;

namespace Trygghet.Domain.CrimePreventionDuty;

/// <summary>
/// Lag (2023:196) om kommuners ansvar för brottsförebyggande arbete, as pure date arithmetic: when the act and its
/// transition apply, and the rolling clocks of 6 § ("minst vartannat år") and 13 § ("kontinuerligt", an interval the
/// caller sets).
/// </summary>
public static class CrimePreventionAct
{
    /// <summary>Ikraftträdande (övergångsbestämmelserna p. 1): the act is in force from 2023-07-01.</summary>
    public static DateOnly InForce { get; } = new(2023, 7, 1);

    /// <summary>
    /// Åtgärdsplan krävs från (övergångsbestämmelserna p. 2): a municipality need not decide an åtgärdsplan under 5 §
    /// before 2024-07-01. A plan decided on or before that day is in time.
    /// </summary>
    public static DateOnly PlanRequiredFrom { get; } = new(2024, 7, 1);

    /// <summary>
    /// Whether the first åtgärdsplan was decided in time as of a date.
    /// </summary>
    /// <param name="decisions">The decision days of the plans (any order; days after <paramref name="asOf"/> are not yet known and ignored).</param>
    /// <param name="asOf">The date of the evaluation.</param>
    /// <returns>
    /// <see cref="PlanTimeliness.NotRequiredYet"/> before 2024-07-01; otherwise <see cref="PlanTimeliness.InTime"/>
    /// when a plan was decided on or before 2024-07-01, <see cref="PlanTimeliness.Late"/> when the first was decided
    /// after it, and <see cref="PlanTimeliness.NotRecorded"/> when none is known.
    /// </returns>
    public static PlanTimeliness FirstPlan(IEnumerable<DateOnly> decisions, DateOnly asOf)
    {
        Guard.Against.Null(decisions);
        if (asOf < PlanRequiredFrom)
        {
            return PlanTimeliness.NotRequiredYet;
        }

        var known = decisions.Where(d => d <= asOf).ToList();
        return known.Count == 0 ? PlanTimeliness.NotRecorded
            : known.Min() <= PlanRequiredFrom ? PlanTimeliness.InTime
            : PlanTimeliness.Late;
    }

    /// <summary>
    /// Vartannat år (6 §): the lapses of a duty to act at least every second year, counted from
    /// <paramref name="start"/>; each act restarts the clock. The last day in time is the same day two years on
    /// (29 February gives 28 February); a day later is late.
    /// </summary>
    /// <param name="start">The day the clock starts.</param>
    /// <param name="done">The days the duty was carried out; days before <paramref name="start"/> or after <paramref name="asOf"/> are ignored.</param>
    /// <param name="asOf">The date of the evaluation.</param>
    /// <returns>The lapses in order: one per late act, and one at the end when the last deadline passed before <paramref name="asOf"/>.</returns>
    public static ImmutableArray<ClockLapse> EveryTwoYears(DateOnly start, IEnumerable<DateOnly> done, DateOnly asOf) =>
        Rolling(start, done, asOf, d => d.AddYears(2));

    /// <summary>
    /// Uppföljning av åtgärdsplanen (6 §, "följa upp åtgärdsplanen minst vartannat år"): the lapses of a plan's
    /// follow-up clock, started at its adoption but not before the act came into force. The one check behind both the
    /// action programme's rule and the duty file's rules.
    /// </summary>
    /// <param name="adopted">The day the plan was adopted.</param>
    /// <param name="followUps">The days of its follow-ups.</param>
    /// <param name="until">The last day the plan is judged on: the date of the evaluation or the day the next plan was adopted.</param>
    /// <returns>The lapses in order.</returns>
    internal static ImmutableArray<ClockLapse> PlanFollowUps(DateOnly adopted, IEnumerable<DateOnly> followUps, DateOnly until) =>
        EveryTwoYears(adopted > InForce ? adopted : InForce, followUps, until);

    /// <summary>
    /// Löpande (13 §): the lapses of a duty to act at least every <paramref name="months"/> months from
    /// <paramref name="start"/>; each act restarts the clock.
    /// </summary>
    /// <param name="start">The day the clock starts.</param>
    /// <param name="months">The longest interval in months (at least 1).</param>
    /// <param name="done">The days the duty was carried out; days before <paramref name="start"/> or after <paramref name="asOf"/> are ignored.</param>
    /// <param name="asOf">The date of the evaluation.</param>
    /// <returns>The lapses in order.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="months"/> is less than 1.</exception>
    public static ImmutableArray<ClockLapse> EveryMonths(DateOnly start, int months, IEnumerable<DateOnly> done, DateOnly asOf)
    {
        Guard.Against.Below(months, 1);
        return Rolling(start, done, asOf, d => d.AddMonths(months));
    }

    private static ImmutableArray<ClockLapse> Rolling(DateOnly start, IEnumerable<DateOnly> done, DateOnly asOf, Func<DateOnly, DateOnly> next)
    {
        Guard.Against.Null(done);
        var lapses = ImmutableArray.CreateBuilder<ClockLapse>();
        var since = start;
        var deadline = next(start);
        foreach (var day in done.Where(d => d >= start && d <= asOf).Distinct().Order())
        {
            if (day > deadline)
            {
                lapses.Add(new ClockLapse(since, deadline, day));
            }

            since = day;
            deadline = next(day);
        }

        if (asOf > deadline)
        {
            lapses.Add(new ClockLapse(since, deadline, null));
        }

        return lapses.ToImmutable();
    }
}

/// <summary>Åtgärdsplanens läge enligt övergångsbestämmelserna (the first plan against the transition day).</summary>
public enum PlanTimeliness
{
    /// <summary>Inte krävd ännu (the date is before 2024-07-01).</summary>
    NotRequiredYet,

    /// <summary>I tid (a plan was decided on or before 2024-07-01).</summary>
    InTime,

    /// <summary>Sen (the first plan was decided after 2024-07-01).</summary>
    Late,

    /// <summary>Ej registrerad (no decided plan is recorded).</summary>
    NotRecorded,
}

/// <summary>Missad frist (a deadline of a rolling duty that passed).</summary>
/// <param name="Since">The day the interval started: the clock's start or the last time the duty was carried out.</param>
/// <param name="Deadline">The last day in time.</param>
/// <param name="DoneOn">The day the duty was carried out after the deadline; null when it has not been recorded since.</param>
public readonly record struct ClockLapse(DateOnly Since, DateOnly Deadline, DateOnly? DoneOn);
