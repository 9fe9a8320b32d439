using System.Collections.Immutable;

namespace Trygghet.Domain.Agreements;

/// <summary>
/// Förfallen uppföljning (one follow-up due under a requirement): the window in which it must happen and
/// whether it happened.
/// </summary>
/// <param name="RequirementIndex">Index of the requirement in <see cref="FollowUpStructure.Requirements"/>.</param>
/// <param name="Kind">The requirement's kind.</param>
/// <param name="Window">When the follow-up must happen; it is due by <c>Window.End</c>.</param>
/// <param name="Status">The state as of the date evaluated: <see cref="DutyStatus.Upcoming"/> before the window, <see cref="DutyStatus.Due"/> in it, then <see cref="DutyStatus.Met"/> or <see cref="DutyStatus.Missed"/>.</param>
/// <param name="RecordIndex">Index in <see cref="CooperationAgreement.FollowUps"/> of the follow-up that met it, or null.</param>
public sealed record FollowUpDue(int RequirementIndex, FollowUpKind Kind, DateRange Window, DutyStatus Status, int? RecordIndex);

/// <summary>
/// Uppföljningsschema (follow-up schedule): which follow-ups an agreement's own requirements make due, and
/// which of them are met or missed as of a date, given the follow-ups recorded.
/// </summary>
/// <remarks>
/// Half-time: one follow-up in the window of <see cref="AgreementSettings.HalfTimeWindowDays"/> days either side of
/// the midpoint (<see cref="DateRange.Midpoint"/>), clipped to the validity; a half-time, interim or half-yearly
/// follow-up counts. Quarterly, tertial, half-yearly and yearly: one per period piece of the validity (the first
/// and last may be partial), due by the piece's end plus <see cref="AgreementSettings.PeriodicFollowUpGraceDays"/>;
/// only a follow-up of the same kind counts. Continuous follow-up is never due. A follow-up counts when its time
/// overlaps the window and began on or before the as-of date.
/// </remarks>
public static class FollowUpSchedule
{
    /// <summary>Lists every follow-up the agreement's requirements make due, in requirement and date order.</summary>
    /// <param name="agreement">The agreement.</param>
    /// <param name="asOf">The as-of date.</param>
    /// <param name="settings">Settings; null for the defaults.</param>
    /// <returns>The due follow-ups with their status.</returns>
    public static ImmutableArray<FollowUpDue> Evaluate(CooperationAgreement agreement, DateOnly asOf, AgreementSettings? settings = null)
    {
        Guard.Against.Null(agreement);
        settings ??= new AgreementSettings();
        var result = ImmutableArray.CreateBuilder<FollowUpDue>();
        var requirements = agreement.FollowUpStructure.Requirements;
        for (var r = 0; r < requirements.Count; r++)
        {
            result.AddRange(EvaluateRequirement(r, requirements[r].Kind, agreement.Validity, agreement.FollowUps, asOf, settings));
        }

        return result.ToImmutable();
    }

    /// <summary>Lists the follow-ups one requirement makes due over a validity, with their status as of a date.</summary>
    /// <param name="requirementIndex">The requirement's index (copied to the results).</param>
    /// <param name="kind">The requirement's kind.</param>
    /// <param name="validity">The agreement's validity.</param>
    /// <param name="records">The follow-ups recorded.</param>
    /// <param name="asOf">The as-of date.</param>
    /// <param name="settings">Settings; null for the defaults.</param>
    /// <returns>The due follow-ups in date order.</returns>
    public static ImmutableArray<FollowUpDue> EvaluateRequirement(
        int requirementIndex, FollowUpKind kind, DateRange validity, IReadOnlyList<FollowUpRecord> records, DateOnly asOf, AgreementSettings? settings = null)
    {
        Guard.Against.Null(records);
        return [.. Periods(kind, validity, records, asOf, settings).Select(d => new FollowUpDue(requirementIndex, kind, d.Window, d.Status, d.MetBy))];
    }

    /// <summary>The windows one requirement makes due, each with its state; a record of a kind that does not satisfy it counts for nothing.</summary>
    internal static ImmutableArray<DutyPeriod> Periods(
        FollowUpKind kind, DateRange validity, IEnumerable<FollowUpRecord> records, DateOnly asOf, AgreementSettings? settings) =>
        Duty(kind, validity, settings ?? new AgreementSettings())
            .Evaluate(records.Select(r => new DutyOccurrence(r.When, Satisfies(kind, r.Kind) ? 1 : 0)), asOf);

    /// <summary>The windows in which follow-ups of a kind are due over a validity.</summary>
    /// <param name="kind">The kind of requirement.</param>
    /// <param name="validity">The validity.</param>
    /// <param name="settings">Settings.</param>
    /// <returns>The windows, in date order; none for continuous follow-up.</returns>
    public static ImmutableArray<DateRange> Windows(FollowUpKind kind, DateRange validity, AgreementSettings settings) =>
        Duty(kind, validity, settings).Windows;

    /// <summary>True when a follow-up of kind <paramref name="done"/> satisfies a requirement of kind <paramref name="required"/>.</summary>
    /// <param name="required">The requirement's kind.</param>
    /// <param name="done">The recorded follow-up's kind.</param>
    /// <returns>True when it counts.</returns>
    public static bool Satisfies(FollowUpKind required, FollowUpKind done) => required switch
    {
        FollowUpKind.HalfTime => done is FollowUpKind.HalfTime or FollowUpKind.Interim or FollowUpKind.SemiAnnual,
        FollowUpKind.Interim => done is FollowUpKind.Interim or FollowUpKind.SemiAnnual or FollowUpKind.HalfTime,
        _ => done == required,
    };

    private static PeriodicDuty Duty(FollowUpKind kind, DateRange validity, AgreementSettings settings)
    {
        Guard.Against.Null(settings);
        switch (kind)
        {
            case FollowUpKind.Continuous:
                return PeriodicDuty.Never;
            case FollowUpKind.HalfTime:
                var mid = validity.Midpoint;
                var from = Max(validity.Start, mid.AddDays(-settings.HalfTimeWindowDays));
                var to = Min(validity.End, mid.AddDays(settings.HalfTimeWindowDays));
                return PeriodicDuty.Once(new DateRange(from, to));
            default:
                var period = kind switch
                {
                    FollowUpKind.Quarterly => PeriodKind.Quarter,
                    FollowUpKind.Tertial => PeriodKind.Tertial,
                    FollowUpKind.SemiAnnual => PeriodKind.Term,
                    FollowUpKind.Interim or FollowUpKind.Yearly => PeriodKind.CalendarYear,
                    _ => Guard.Against.UnknownValue<PeriodKind>(kind),
                };
                return PeriodicDuty.Per(period, validity) with { GraceDays = settings.PeriodicFollowUpGraceDays };
        }
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a <= b ? a : b;

    private static DateOnly Max(DateOnly a, DateOnly b) => a >= b ? a : b;
}
