using System.Collections.Immutable;

namespace Trygghet.Domain.Calendar;

/// <summary>
/// Svensk kalender (the Swedish calendar of public holidays and deadline days).
/// Public holidays follow Lag (1989:253) om allmänna helgdagar 1-2 §§, as amended by Lag (2004:1320): the
/// national day (6 June) is a holiday from 2005, Whit Monday only until 2004. The same rules are applied to
/// every supported year, 1900-2200 (before 1989 this projects today's rules backwards; it is not a history of
/// earlier acts). Deadlines follow Lag (1930:173) om beräkning av lagstadgad tid, 2 §: a deadline that falls on
/// a Saturday, Sunday or other public holiday, midsommarafton, julafton or nyårsafton moves to the next weekday.
/// </summary>
public static class SwedishCalendar
{
    /// <summary>The first supported year.</summary>
    public const int MinYear = TrygghetLimits.FirstYear;

    /// <summary>The last supported year.</summary>
    public const int MaxYear = TrygghetLimits.CalendarLastYear;

    private const int NationalDayFromYear = 2005;
    private static readonly ImmutableArray<PublicHoliday>[] Cache = new ImmutableArray<PublicHoliday>[MaxYear - MinYear + 1];

    /// <summary>
    /// Påskdagen (Easter Sunday) by the Gregorian computus: the Sunday after the ecclesiastical full moon on or
    /// after 21 March. Always a Sunday from 22 March to 25 April.
    /// </summary>
    /// <param name="year">A year from 1900 to 2200.</param>
    /// <returns>The date of Easter Sunday.</returns>
    public static DateOnly EasterSunday(int year)
    {
        CheckYear(year);
        var golden = year % 19;
        var century = year / 100;
        var yearOfCentury = year % 100;
        var leapCenturies = century / 4;
        var centuryRest = century % 4;
        var lunarCorrection = (century + 8) / 25;
        var solarCorrection = (century - lunarCorrection + 1) / 3;
        var epact = ((19 * golden) + century - leapCenturies - solarCorrection + 15) % 30;
        var yearQuarters = yearOfCentury / 4;
        var yearRest = yearOfCentury % 4;
        var weekday = (32 + (2 * centuryRest) + (2 * yearQuarters) - epact - yearRest) % 7;
        var correction = (golden + (11 * epact) + (22 * weekday)) / 451;
        var monthAndDay = epact + weekday - (7 * correction) + 114;
        return new DateOnly(year, monthAndDay / 31, (monthAndDay % 31) + 1);
    }

    /// <summary>The named public holidays of a year, in date order (Sundays other than Easter and Pentecost are not listed).</summary>
    /// <param name="year">A year from 1900 to 2200.</param>
    /// <returns>The holidays.</returns>
    public static ImmutableArray<PublicHoliday> HolidaysIn(int year)
    {
        CheckYear(year);
        ref var slot = ref Cache[year - MinYear];
        if (slot.IsDefault)
        {
            slot = ComputeHolidays(year);
        }

        return slot;
    }

    /// <summary>The named public holiday on a date, or null (a plain Sunday gives null: see <see cref="IsPublicHoliday"/>).</summary>
    /// <param name="date">A date in 1900-2200.</param>
    /// <returns>The holiday, or null.</returns>
    public static PublicHoliday? HolidayOn(DateOnly date)
    {
        CheckYear(date.Year, nameof(date));
        foreach (var holiday in HolidaysIn(date.Year))
        {
            if (holiday.Date == date)
            {
                return holiday;
            }
        }

        return null;
    }

    /// <summary>True when the date is an allmän helgdag: every Sunday and each named holiday.</summary>
    /// <param name="date">A date in 1900-2200.</param>
    /// <returns>True for a public holiday.</returns>
    public static bool IsPublicHoliday(DateOnly date) =>
        HolidayOn(date) is not null || date.DayOfWeek == DayOfWeek.Sunday;

    /// <summary>Midsommarafton (Midsummer Eve): the Friday before midsommardagen, 19-25 June.</summary>
    /// <param name="year">A year from 1900 to 2200.</param>
    /// <returns>The date.</returns>
    public static DateOnly MidsummerEve(int year)
    {
        CheckYear(year);
        return SaturdayFrom(year, 6, 20).AddDays(-1);
    }

    /// <summary>
    /// True when a deadline falling on the date moves to the next weekday (Lag 1930:173, 2 §): a Saturday, a
    /// Sunday or other public holiday, midsommarafton, julafton (24 December) or nyårsafton (31 December).
    /// </summary>
    /// <param name="date">A date in 1900-2200.</param>
    /// <returns>True when the date is not a working day for deadlines.</returns>
    public static bool IsDeadlineNonWorkingDay(DateOnly date)
    {
        CheckYear(date.Year, nameof(date));
        if (date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            return true;
        }

        if (date is { Month: 12, Day: 24 or 31 })
        {
            return true;
        }

        return date == MidsummerEve(date.Year) || HolidayOn(date) is not null;
    }

    /// <summary>True when the date is a working day for deadlines (the opposite of <see cref="IsDeadlineNonWorkingDay"/>).</summary>
    /// <param name="date">A date in 1900-2200.</param>
    /// <returns>True for a working day.</returns>
    public static bool IsWorkingDay(DateOnly date) => !IsDeadlineNonWorkingDay(date);

    /// <summary>Nästa vardag (the next working day strictly after a date).</summary>
    /// <param name="date">A date in 1900-2200.</param>
    /// <returns>The first working day after <paramref name="date"/>.</returns>
    public static DateOnly NextWorkingDayAfter(DateOnly date)
    {
        CheckYear(date.Year, nameof(date));
        return DeadlineOnOrAfter(Guard.Against.EndOfCalendar(date, nameof(date)).AddDays(1));
    }

    /// <summary>
    /// The day a deadline that falls on <paramref name="date"/> actually ends (Lag 1930:173, 2 §): the date itself
    /// when it is a working day, otherwise the next working day.
    /// </summary>
    /// <param name="date">The computed deadline, in 1900-2200.</param>
    /// <returns>The deadline moved past non-working days.</returns>
    public static DateOnly DeadlineOnOrAfter(DateOnly date)
    {
        CheckYear(date.Year, nameof(date));
        while (IsDeadlineNonWorkingDay(date))
        {
            // The calendar's last day, nyårsafton, is never a working day: the search has nowhere to go.
            date = Guard.Against.EndOfCalendar(date, nameof(date)).AddDays(1);
        }

        return date;
    }

    private static ImmutableArray<PublicHoliday> ComputeHolidays(int year)
    {
        var easter = EasterSunday(year);
        var holidays = ImmutableArray.CreateBuilder<PublicHoliday>(15);
        holidays.Add(new(new DateOnly(year, 1, 1), PublicHolidayKind.NewYearsDay));
        holidays.Add(new(new DateOnly(year, 1, 6), PublicHolidayKind.Epiphany));
        holidays.Add(new(easter.AddDays(-2), PublicHolidayKind.GoodFriday));
        holidays.Add(new(easter, PublicHolidayKind.EasterSunday));
        holidays.Add(new(easter.AddDays(1), PublicHolidayKind.EasterMonday));
        holidays.Add(new(new DateOnly(year, 5, 1), PublicHolidayKind.MayDay));
        holidays.Add(new(easter.AddDays(39), PublicHolidayKind.AscensionDay));
        holidays.Add(new(easter.AddDays(49), PublicHolidayKind.Pentecost));
        if (year < NationalDayFromYear)
        {
            holidays.Add(new(easter.AddDays(50), PublicHolidayKind.WhitMonday));
        }
        else
        {
            holidays.Add(new(new DateOnly(year, 6, 6), PublicHolidayKind.NationalDay));
        }

        holidays.Add(new(SaturdayFrom(year, 6, 20), PublicHolidayKind.MidsummerDay));
        holidays.Add(new(SaturdayFrom(year, 10, 31), PublicHolidayKind.AllSaintsDay));
        holidays.Add(new(new DateOnly(year, 12, 25), PublicHolidayKind.ChristmasDay));
        holidays.Add(new(new DateOnly(year, 12, 26), PublicHolidayKind.BoxingDay));
        holidays.Sort((a, b) => a.Date.CompareTo(b.Date));
        return holidays.ToImmutable();
    }

    private static DateOnly SaturdayFrom(int year, int month, int day)
    {
        var first = new DateOnly(year, month, day);
        var offset = ((int)DayOfWeek.Saturday - (int)first.DayOfWeek + 7) % 7;
        return first.AddDays(offset);
    }

    private static void CheckYear(int year, string parameterName = "year") => Guard.Against.YearOutsideCalendar(year, parameterName);
}
