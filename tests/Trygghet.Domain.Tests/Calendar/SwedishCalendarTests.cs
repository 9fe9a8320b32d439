using Trygghet.Domain.Calendar;

namespace Trygghet.Domain.Tests.Calendar;

public sealed class SwedishCalendarTests
{
    [Theory]
    [InlineData(1900, 4, 15)]
    [InlineData(2008, 3, 23)]
    [InlineData(2020, 4, 12)]
    [InlineData(2024, 3, 31)]
    [InlineData(2025, 4, 20)]
    [InlineData(2038, 4, 25)]
    public void EasterSunday_KnownYears(int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), SwedishCalendar.EasterSunday(year));

    [Fact]
    public void HolidaysIn_2004HasWhitMonday_2005HasNationalDay()
    {
        Assert.Contains(SwedishCalendar.HolidaysIn(2004), h => h.Kind == PublicHolidayKind.WhitMonday && h.Date == new DateOnly(2004, 5, 31));
        Assert.DoesNotContain(SwedishCalendar.HolidaysIn(2004), h => h.Kind == PublicHolidayKind.NationalDay);
        Assert.Contains(SwedishCalendar.HolidaysIn(2005), h => h.Kind == PublicHolidayKind.NationalDay && h.Date == new DateOnly(2005, 6, 6));
        Assert.DoesNotContain(SwedishCalendar.HolidaysIn(2005), h => h.Kind == PublicHolidayKind.WhitMonday);
    }

    [Theory]
    [InlineData("2020-12-16", "2020-12-16")] // seed 000: a Wednesday, no move
    [InlineData("2020-12-24", "2020-12-28")] // julafton Thu, juldagen, annandag, Sunday
    [InlineData("2025-06-20", "2025-06-23")] // midsommarafton
    [InlineData("2026-04-03", "2026-04-07")] // långfredagen to annandag påsk
    [InlineData("2026-12-31", "2027-01-04")] // nyårsafton Thu, nyårsdagen Fri, weekend
    [InlineData("2027-01-06", "2027-01-07")] // trettondedag jul on a Wednesday
    public void DeadlineOnOrAfter_MovesPastNonWorkingDays(string due, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), SwedishCalendar.DeadlineOnOrAfter(DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void HolidayOn_NamesTheDayInBothLanguages()
    {
        var holiday = SwedishCalendar.HolidayOn(new DateOnly(2026, 6, 20));
        Assert.Equal(("midsommardagen", "Midsummer Day"), (holiday?.Name.Swedish, holiday?.Name.English));
    }

    [Fact]
    public void EasterSunday_YearOutsideSupportedRange_Throws() =>
        Assert.Equal("year", Assert.Throws<ArgumentOutOfRangeException>(() => SwedishCalendar.EasterSunday(2201)).ParamName);
}
