using System.Collections.Immutable;

namespace Trygghet.Domain.Councils;

/// <summary>
/// Pure evaluation of a safety council's duties as of a date: a redogörelse at every halvårsbokslut (per 30 June)
/// and bokslut (per 31 December), and one medborgardialog every calendar year, as a council's arbetsordning
/// typically sets them.
/// </summary>
public static class CouncilDuties
{
    /// <summary>The half-years from the duty's start to the end of the year of <paramref name="asOf"/>, each with its state.</summary>
    /// <param name="dutiesFrom">The day the duties start.</param>
    /// <param name="submissions">The reports given.</param>
    /// <param name="asOf">The date of the evaluation.</param>
    /// <returns>One state per half-year (clipped to the duty); a half-year is met by a report per its last day.</returns>
    public static ImmutableArray<DutyPeriod> Reports(DateOnly dutiesFrom, IEnumerable<CouncilReportSubmission> submissions, DateOnly asOf)
    {
        Guard.Against.Null(submissions);
        return Duty(dutiesFrom, asOf, PeriodKind.Term).Evaluate(submissions.Select(s => s.PerDate), asOf);
    }

    /// <summary>The calendar years from the duty's start to the year of <paramref name="asOf"/>, each with its state.</summary>
    /// <param name="dutiesFrom">The day the duties start.</param>
    /// <param name="dialogues">The periods of the dialogues held or decided.</param>
    /// <param name="asOf">The date of the evaluation.</param>
    /// <returns>One state per year; a year is met by a dialogue whose period touches it, from the day it starts in that year.</returns>
    public static ImmutableArray<DutyPeriod> Dialogues(DateOnly dutiesFrom, IEnumerable<DateRange> dialogues, DateOnly asOf)
    {
        Guard.Against.Null(dialogues);
        var perYear = dialogues.SelectMany(d => d.SplitBy(PeriodKind.CalendarYear)).OrderBy(y => y.Start);
        return Duty(dutiesFrom, asOf, PeriodKind.CalendarYear).Evaluate(perYear.Select(y => new DutyOccurrence(y)), asOf);
    }

    /// <summary>
    /// Too vague to judge (för vagt för att avgöra): the due dates of the periods missed if the duty started on its
    /// earliest possible day that are not periods of the duty if it started on its latest possible day. A period
    /// missed from the latest day is missed whatever the day was; one of these may or may not have been due.
    /// </summary>
    /// <param name="fromEarliest">The statuses with the duty starting on its earliest possible day.</param>
    /// <param name="fromLatest">The statuses with the duty starting on its latest possible day.</param>
    /// <returns>The due dates the start's precision cannot decide, in order.</returns>
    internal static ImmutableArray<DateOnly> Undecided(ImmutableArray<DutyPeriod> fromEarliest, ImmutableArray<DutyPeriod> fromLatest)
    {
        var certain = fromLatest.Select(s => s.DueDate).ToHashSet();
        return [.. fromEarliest.Where(s => s.Status == DutyStatus.Missed && !certain.Contains(s.DueDate)).Select(s => s.DueDate)];
    }

    private static PeriodicDuty Duty(DateOnly from, DateOnly asOf, PeriodKind kind)
    {
        var end = new DateOnly(asOf.Year, 12, 31);
        return end < from ? PeriodicDuty.Never : PeriodicDuty.Per(kind, new DateRange(from, end));
    }
}
