using FsCheck;
using FsCheck.Fluent;
using Trygghet.Domain.Calendar;
using static Trygghet.Domain.Tests.Properties.DomainGenerators;

namespace Trygghet.Domain.Tests.Properties;

/// <summary>Laws of Lag (1989:253) and Lag (1930:173) that hold for every supported year.</summary>
public sealed class SwedishCalendarProperties
{
    private static readonly Arbitrary<int> Years = Arb.From(
        Gen.Choose(SwedishCalendar.MinYear, SwedishCalendar.MaxYear),
        y => y == 2000 ? [] : new[] { 2000, (y + 2000) / 2 }.Where(c => c != y));

    [DomainProperty]
    public Property EasterSunday_IsASundayFrom22MarchTo25April() =>
        Prop.ForAll(Years, y =>
        {
            var easter = SwedishCalendar.EasterSunday(y);
            return easter.DayOfWeek == DayOfWeek.Sunday && easter >= new DateOnly(y, 3, 22) && easter <= new DateOnly(y, 4, 25);
        });

    [DomainProperty]
    public Property MidsummerDay_IsASaturdayFrom20To26June_AndItsEveAFriday() =>
        Prop.ForAll(Years, y =>
        {
            var day = SwedishCalendar.HolidaysIn(y).Single(h => h.Kind == PublicHolidayKind.MidsummerDay).Date;
            return day.DayOfWeek == DayOfWeek.Saturday && day.Month == 6 && day.Day is >= 20 and <= 26
                && SwedishCalendar.MidsummerEve(y) == day.AddDays(-1);
        });

    [DomainProperty]
    public Property AllSaintsDay_IsASaturdayFrom31OctoberTo6November() =>
        Prop.ForAll(Years, y =>
        {
            var day = SwedishCalendar.HolidaysIn(y).Single(h => h.Kind == PublicHolidayKind.AllSaintsDay).Date;
            return day.DayOfWeek == DayOfWeek.Saturday && day >= new DateOnly(y, 10, 31) && day <= new DateOnly(y, 11, 6);
        });

    [DomainProperty]
    public Property Holidays_AreThirteenNamedHolidaysOfTheYearInDateOrder() =>
        // Two may share a day: in 2008 Kristi himmelsfärdsdag fell on första maj.
        Prop.ForAll(Years, y =>
        {
            var days = SwedishCalendar.HolidaysIn(y);
            return days.Length == 13
                && days.Select(h => h.Kind).Distinct().Count() == 13
                && days.All(h => h.Date.Year == y && SwedishCalendar.IsPublicHoliday(h.Date))
                && days.Zip(days.Skip(1)).All(p => p.First.Date <= p.Second.Date);
        });

    [DomainProperty]
    public Property DeadlineOnOrAfter_IsTheFirstWorkingDayNotBeforeTheDate() =>
        Prop.ForAll(Dates, d =>
        {
            var deadline = SwedishCalendar.DeadlineOnOrAfter(d);
            var skipped = Enumerable.Range(0, deadline.DayNumber - d.DayNumber).Select(d.AddDays);
            return deadline >= d
                && deadline.DayNumber - d.DayNumber <= 5 // julafton on a Wednesday moves to Monday the 29th
                && SwedishCalendar.IsWorkingDay(deadline)
                && !SwedishCalendar.IsPublicHoliday(deadline)
                && deadline.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)
                && skipped.All(SwedishCalendar.IsDeadlineNonWorkingDay);
        });

    [DomainProperty]
    public Property NextWorkingDayAfter_IsStrictlyLaterAndIdempotentOnWorkingDays() =>
        Prop.ForAll(Dates, d =>
        {
            var next = SwedishCalendar.NextWorkingDayAfter(d);
            return next > d && SwedishCalendar.DeadlineOnOrAfter(next) == next;
        });
}
