using System.Globalization;

namespace Trygghet.Domain.Common;

/// <summary>Datumets precision (how precisely a document states a date).</summary>
public enum DatePrecision
{
    /// <summary>Dag (an exact day, "2017-09-21").</summary>
    Day,

    /// <summary>Månad (a month, "i maj 2017": "2017-05").</summary>
    Month,

    /// <summary>Årstid (a season, "hösten 2017": "2017-autumn").</summary>
    Season,

    /// <summary>År (a year, "under 2017": "2017").</summary>
    Year,
}

/// <summary>Årstid (a season of the year as documents name it).</summary>
public enum Season
{
    /// <summary>Våren (spring: March to May).</summary>
    Spring,

    /// <summary>Sommaren (summer: June to August).</summary>
    Summer,

    /// <summary>Hösten (autumn: September to November).</summary>
    Autumn,

    /// <summary>Vintern (winter: December of the year to February of the next, "vintern 2017" is 2017-12..2018-02).</summary>
    Winter,
}

/// <summary>
/// Ungefärligt datum (a date as precisely as a document states it): a day, or only a month, a season or a year.
/// The day it stands for lies somewhere in <see cref="Span"/>; a rule that needs the day judges with the earliest and
/// the latest possible day, and says so when the two give different answers. Written as text: "2017-09-21" (day),
/// "2017-05" (month), "2017-autumn" (season: spring, summer, autumn, winter) or "2017" (year).
/// </summary>
/// <remarks>Equality is structural (precision and span).</remarks>
public sealed record ImpreciseDate
{
    private ImpreciseDate(DatePrecision precision, DateRange span, Season? season)
    {
        Precision = precision;
        Span = Guard.Against.OutsideSupportedDates(span, "date");
        Season = season;
    }

    /// <summary>Precision (day, month, season or year).</summary>
    public DatePrecision Precision { get; }

    /// <summary>Möjliga dagar (the days the date may be: one day for an exact date).</summary>
    public DateRange Span { get; }

    /// <summary>Årstiden (the season, for a date of season precision), or null.</summary>
    public Season? Season { get; }

    /// <summary>Tidigast (the earliest day the date may be).</summary>
    public DateOnly Earliest => Span.Start;

    /// <summary>Senast (the latest day the date may be).</summary>
    public DateOnly Latest => Span.End;

    /// <summary>True for an exact day.</summary>
    public bool IsExact => Precision == DatePrecision.Day;

    /// <summary>An exact day.</summary>
    /// <param name="day">The day, in the supported dates.</param>
    /// <returns>The date.</returns>
    public static ImpreciseDate OnDay(DateOnly day) =>
        new(DatePrecision.Day, DateRange.SingleDay(Guard.Against.OutsideSupportedDates(day, nameof(day))), null);

    /// <summary>A month ("i maj 2017").</summary>
    /// <param name="year">The year, in the supported years.</param>
    /// <param name="month">The month, 1-12.</param>
    /// <returns>The date.</returns>
    public static ImpreciseDate InMonth(int year, int month)
    {
        Guard.Against.YearOutsideSupportedDates(year, nameof(year));
        Guard.Against.Below(month, 1);
        Guard.Against.Above(month, 12);
        var first = new DateOnly(year, month, 1);
        return new(DatePrecision.Month, new DateRange(first, first.AddMonths(1).AddDays(-1)), null);
    }

    /// <summary>A season ("hösten 2017"); winter runs from December of the year into February of the next.</summary>
    /// <param name="year">The year the season starts in, in the supported years.</param>
    /// <param name="season">The season.</param>
    /// <returns>The date.</returns>
    public static ImpreciseDate InSeason(int year, Season season)
    {
        Guard.Against.YearOutsideSupportedDates(year, nameof(year));
        Guard.Against.EnumOutOfRange(season, nameof(season));
        var first = new DateOnly(year, 3 + (3 * (int)season), 1);
        return new(DatePrecision.Season, new DateRange(first, first.AddMonths(3).AddDays(-1)), season);
    }

    /// <summary>A year ("under 2017").</summary>
    /// <param name="year">The year, in the supported years.</param>
    /// <returns>The date.</returns>
    public static ImpreciseDate InYear(int year) =>
        new(DatePrecision.Year, DateRange.Year(Guard.Against.YearOutsideSupportedDates(year, nameof(year))), null);

    /// <summary>Läser (reads) a date as written: "2017-09-21", "2017-05", "2017-autumn" or "2017".</summary>
    /// <param name="text">The text.</param>
    /// <returns>The date, or an error in Swedish and English naming what is wrong.</returns>
    public static ParseResult<ImpreciseDate> TryParse(string? text)
    {
        var value = text?.Trim() ?? string.Empty;
        var parts = value.Split('-');
        if (parts[0].Length != 4 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year) || parts.Length > 3)
        {
            return Refuse(value);
        }

        if (year is < TrygghetLimits.FirstYear or > TrygghetLimits.LastYear)
        {
            return ParseResult<ImpreciseDate>.Failure(new ParseError(new LocalizedText(
                $"Året i '{value}' ligger utanför {TrygghetLimits.DateSpan}.",
                $"The year of '{value}' lies outside {TrygghetLimits.DateSpan}."), value));
        }

        if (parts.Length == 1)
        {
            return ParseResult<ImpreciseDate>.Success(InYear(year));
        }

        if (parts.Length == 3)
        {
            return DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) && TrygghetLimits.IsSupported(day)
                ? ParseResult<ImpreciseDate>.Success(OnDay(day))
                : Refuse(value);
        }

        if (parts[1].Length == 2 && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var month) && month is >= 1 and <= 12)
        {
            return ParseResult<ImpreciseDate>.Success(InMonth(year, month));
        }

        foreach (var season in Enum.GetValues<Season>())
        {
            if (string.Equals(parts[1], SeasonName(season), StringComparison.Ordinal))
            {
                return season == Common.Season.Winter && year == TrygghetLimits.LastYear
                    ? Refuse(value)
                    : ParseResult<ImpreciseDate>.Success(InSeason(year, season));
            }
        }

        return Refuse(value);
    }

    /// <summary>The date as written in JSON: "2017-09-21", "2017-05", "2017-autumn" or "2017".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Precision switch
    {
        DatePrecision.Day => Earliest.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DatePrecision.Month => Earliest.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        DatePrecision.Season => Earliest.Year.ToString("D4", CultureInfo.InvariantCulture) + "-" + SeasonName(Season!.Value),
        _ => Earliest.Year.ToString("D4", CultureInfo.InvariantCulture),
    };

    private static string SeasonName(Season season) => season.ToString().ToLowerInvariant();

    private static ParseResult<ImpreciseDate> Refuse(string text) => ParseResult<ImpreciseDate>.Failure(new ParseError(new LocalizedText(
        $"'{text}' är inget datum på formen ÅÅÅÅ-MM-DD, ÅÅÅÅ-MM, ÅÅÅÅ-årstid (spring, summer, autumn, winter) eller ÅÅÅÅ.",
        $"'{text}' is not a date written YYYY-MM-DD, YYYY-MM, YYYY-season (spring, summer, autumn, winter) or YYYY."), text));
}

/// <summary>
/// Ungefärlig period (a period whose start and end a document states as precisely as it can, e.g. "hösten 2017":
/// from autumn 2017 to autumn 2017). An exact range is two exact days.
/// </summary>
/// <remarks>Equality is structural.</remarks>
public sealed record ImprecisePeriod
{
    /// <summary>Creates a period.</summary>
    /// <param name="start">Början (the start, as precisely as stated).</param>
    /// <param name="end">Slut (the end, as precisely as stated); its latest day is not before the start's earliest.</param>
    /// <exception cref="ArgumentException">The end lies wholly before the start.</exception>
    public ImprecisePeriod(ImpreciseDate start, ImpreciseDate end)
    {
        Guard.Against.Null(start);
        Guard.Against.Null(end);
        Start = start;
        End = Guard.Against.EndBeforeStart(start, end, nameof(end));
    }

    /// <summary>Början (the start).</summary>
    public ImpreciseDate Start { get; }

    /// <summary>Slut (the end).</summary>
    public ImpreciseDate End { get; }

    /// <summary>Vidaste tolkning (the widest reading: from the start's earliest to the end's latest day).</summary>
    public DateRange Widest => new(Start.Earliest, End.Latest);

    /// <summary>An exact range of days.</summary>
    /// <param name="range">The range, in the supported dates.</param>
    /// <returns>The period.</returns>
    public static ImprecisePeriod Exact(DateRange range)
    {
        Guard.Against.OutsideSupportedDates(range, nameof(range));
        return new(ImpreciseDate.OnDay(range.Start), ImpreciseDate.OnDay(range.End));
    }

    /// <summary>The period a single imprecise date names ("hösten 2017").</summary>
    /// <param name="date">The date.</param>
    /// <returns>The period from <paramref name="date"/> to <paramref name="date"/>.</returns>
    public static ImprecisePeriod Within(ImpreciseDate date)
    {
        Guard.Against.Null(date);
        return new(date, date);
    }

    /// <summary>"2017-autumn" for a period within one imprecise date, else "start..end".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Start == End ? Start.ToString() : $"{Start}..{End}";
}
