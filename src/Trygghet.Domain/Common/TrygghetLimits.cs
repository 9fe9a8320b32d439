using System.Globalization;

namespace Trygghet.Domain.Common;

/// <summary>
/// Gränser (the library's limits, stated once): the dates a document may hold, the largest amount, and the
/// defaults for JSON input and rule sessions. Constructors, the JSON reader, the schemas and the rule engine all
/// use these values, so what a constructor accepts the reader accepts, and the other way round.
/// </summary>
/// <remarks>
/// Dates run from <see cref="EarliestDate"/> to <see cref="LatestDate"/>; the Swedish calendar covers one year
/// more (<see cref="CalendarLastYear"/>), so that every deadline counted from a document's date (justering,
/// notice, appeal: weeks, not months) still falls on a day the calendar knows.
/// </remarks>
public static class TrygghetLimits
{
    /// <summary>Första år (the first year a document date or an as-of date may fall in): 1900.</summary>
    public const int FirstYear = 1900;

    /// <summary>Sista år (the last year a document date or an as-of date may fall in): 2199.</summary>
    public const int LastYear = 2199;

    /// <summary>Kalenderns sista år (the last year of the Swedish calendar): 2200, one year after <see cref="LastYear"/>.</summary>
    public const int CalendarLastYear = LastYear + 1;

    /// <summary>Högsta belopp (the largest amount in kronor): 10^15, so that sums of any number of amounts stay exact.</summary>
    public const decimal MaxAmount = 1_000_000_000_000_000m;

    /// <summary>Största indata (the default largest JSON input in UTF-8 bytes): 10 MB.</summary>
    public const int MaxJsonBytes = 10 * 1024 * 1024;

    /// <summary>Största djup (the default deepest nesting of JSON objects and arrays): 64.</summary>
    public const int MaxJsonDepth = 64;

    /// <summary>Största listlängd (the default largest number of items in one JSON array): 10,000.</summary>
    public const int MaxArrayLength = 10_000;

    /// <summary>Högsta antal aktiveringar (the default largest number of rule activations in one session): 1,000,000.</summary>
    public const int MaxActivations = 1_000_000;

    /// <summary>Högsta antal väntande aktiveringar (the default largest agenda, queued activations): 1,000,000.</summary>
    public const int MaxQueuedActivations = 1_000_000;

    /// <summary>Högsta antal fakta (the default largest working memory, facts inserted and derived): 1,000,000.</summary>
    public const int MaxFacts = 1_000_000;

    /// <summary>Högsta antal iakttagelser per regel (the default most findings one rule reports in one session): 100.</summary>
    public const int MaxFindingsPerRule = 100;

    /// <summary>Tidigaste datum (the earliest date a document may hold): 1900-01-01.</summary>
    public static DateOnly EarliestDate { get; } = new(FirstYear, 1, 1);

    /// <summary>Senaste datum (the latest date a document may hold): 2199-12-31.</summary>
    public static DateOnly LatestDate { get; } = new(LastYear, 12, 31);

    /// <summary>True when a date lies between <see cref="EarliestDate"/> and <see cref="LatestDate"/>.</summary>
    /// <param name="date">The date.</param>
    /// <returns>True when supported.</returns>
    public static bool IsSupported(DateOnly date) => date >= EarliestDate && date <= LatestDate;

    /// <summary>The supported dates as text, e.g. for messages: "1900-01-01..2199-12-31".</summary>
    internal static string DateSpan { get; } =
        EarliestDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + ".." + LatestDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
