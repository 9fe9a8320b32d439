using System.Collections.Immutable;
using System.Globalization;

namespace Trygghet.Domain.Common;

/// <summary>
/// Datumintervall (date range), e.g. a giltighetstid "från och med 2022-01-01 till och med 2023-12-31":
/// both ends are inclusive.
/// </summary>
/// <remarks>
/// Equality compares both ends. Ranges order by start, then by end. The default value is the single day
/// 0001-01-01.
/// </remarks>
public readonly record struct DateRange : IComparable<DateRange>
{
    /// <summary>Creates a range from its first to its last day, both inclusive.</summary>
    /// <param name="start">Första dag (the first day).</param>
    /// <param name="end">Sista dag (the last day); not before <paramref name="start"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="end"/> is before <paramref name="start"/>.</exception>
    public DateRange(DateOnly start, DateOnly end)
    {
        Guard.Against.EndBeforeStart(start, end, nameof(end));

        Start = start;
        End = end;
    }

    /// <summary>Första dag (the first day, inclusive).</summary>
    public DateOnly Start { get; }

    /// <summary>Sista dag (the last day, inclusive).</summary>
    public DateOnly End { get; }

    /// <summary>The number of days in the range, both ends counted (at least 1).</summary>
    public int LengthInDays => End.DayNumber - Start.DayNumber + 1;

    /// <summary>
    /// Halva tiden (the midpoint): the day on which half of the range's days have passed,
    /// <c>Start + LengthInDays / 2</c>. For 2022-01-01..2023-12-31 it is 2023-01-01.
    /// </summary>
    public DateOnly Midpoint => Start.AddDays(LengthInDays / 2);

    /// <summary>Creates a range from its first to its last day, both inclusive.</summary>
    /// <param name="start">The first day.</param>
    /// <param name="end">The last day; not before <paramref name="start"/>.</param>
    /// <returns>The range.</returns>
    public static DateRange Create(DateOnly start, DateOnly end) => new(start, end);

    /// <summary>A range of one day.</summary>
    /// <param name="day">The day.</param>
    /// <returns>The range.</returns>
    public static DateRange SingleDay(DateOnly day) => new(day, day);

    /// <summary>A calendar year, 1 January to 31 December.</summary>
    /// <param name="year">The year (1-9999).</param>
    /// <returns>The range.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside 1-9999.</exception>
    public static DateRange Year(int year)
    {
        Guard.Against.OutOfRange(year, nameof(year), 1, 9999);
        return new(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
    }

    /// <summary>True when the day lies in the range.</summary>
    /// <param name="day">The day.</param>
    /// <returns>True when <c>Start &lt;= day &lt;= End</c>.</returns>
    public bool Contains(DateOnly day) => Start <= day && day <= End;

    /// <summary>True when every day of <paramref name="other"/> lies in this range.</summary>
    /// <param name="other">The other range.</param>
    /// <returns>True when this range covers the other.</returns>
    public bool Contains(DateRange other) => Start <= other.Start && other.End <= End;

    /// <summary>True when the ranges share at least one day.</summary>
    /// <param name="other">The other range.</param>
    /// <returns>True when they overlap.</returns>
    public bool Overlaps(DateRange other) => Start <= other.End && other.Start <= End;

    /// <summary>True when the ranges do not overlap and one ends the day before the other starts.</summary>
    /// <param name="other">The other range.</param>
    /// <returns>True when they touch without a gap.</returns>
    public bool IsAdjacentTo(DateRange other) =>
        End.DayNumber + 1 == other.Start.DayNumber || other.End.DayNumber + 1 == Start.DayNumber;

    /// <summary>The days both ranges share, or null when they do not overlap.</summary>
    /// <param name="other">The other range.</param>
    /// <returns>The intersection, or null.</returns>
    public DateRange? Intersect(DateRange other) =>
        Overlaps(other) ? new DateRange(Max(Start, other.Start), Min(End, other.End)) : null;

    /// <summary>
    /// Glapp (gap): the days strictly between this range and <paramref name="other"/>, in either order;
    /// null when they overlap or are adjacent.
    /// </summary>
    /// <param name="other">The other range.</param>
    /// <returns>The uncovered days between them, or null.</returns>
    public DateRange? GapTo(DateRange other)
    {
        var (first, second) = Start <= other.Start ? (this, other) : (other, this);
        return first.End.DayNumber + 1 < second.Start.DayNumber
            ? new DateRange(first.End.AddDays(1), second.Start.AddDays(-1))
            : null;
    }

    /// <summary>The smallest range covering both ranges and any gap between them.</summary>
    /// <param name="other">The other range.</param>
    /// <returns>The span from the earlier start to the later end.</returns>
    public DateRange Span(DateRange other) => new(Min(Start, other.Start), Max(End, other.End));

    /// <summary>Joins two ranges that overlap or are adjacent into one.</summary>
    /// <param name="other">The other range.</param>
    /// <param name="merged">The joined range when the ranges overlap or touch; otherwise default.</param>
    /// <returns>True when the ranges could be joined.</returns>
    public bool TryMerge(DateRange other, out DateRange merged)
    {
        if (Overlaps(other) || IsAdjacentTo(other))
        {
            merged = Span(other);
            return true;
        }

        merged = default;
        return false;
    }

    /// <summary>Enumerates every day of the range in order.</summary>
    /// <returns>The days.</returns>
    public IEnumerable<DateOnly> Days()
    {
        for (var day = Start.DayNumber; day <= End.DayNumber; day++)
        {
            yield return DateOnly.FromDayNumber(day);
        }
    }

    /// <summary>
    /// The whole period of a kind that contains a day (e.g. the term 2023-01-01..2023-06-30 for 2023-03-15),
    /// or null when no period of that kind contains it (July has no school year).
    /// </summary>
    /// <param name="kind">The kind of period.</param>
    /// <param name="day">The day.</param>
    /// <returns>The full period, or null.</returns>
    public static DateRange? PeriodContaining(PeriodKind kind, DateOnly day)
    {
        var year = day.Year;
        switch (kind)
        {
            case PeriodKind.Month:
                return Months(year, day.Month, 1);
            case PeriodKind.Quarter:
                return Months(year, ((day.Month - 1) / 3 * 3) + 1, 3);
            case PeriodKind.Tertial:
                return Months(year, ((day.Month - 1) / 4 * 4) + 1, 4);
            case PeriodKind.Term:
                return Months(year, day.Month <= 6 ? 1 : 7, 6);
            case PeriodKind.CalendarYear:
                return Year(year);
            case PeriodKind.SchoolYear:
                if (day.Month == 7)
                {
                    return null;
                }

                var startYear = day.Month >= 8 ? year : year - 1;
                return startYear < 1 || startYear >= 9999
                    ? null
                    : new DateRange(new DateOnly(startYear, 8, 1), new DateOnly(startYear + 1, 6, 30));
            default:
                return Guard.Against.UnknownValue<DateRange?>(kind);
        }
    }

    /// <summary>
    /// Splits the range into the periods of a kind that it touches, each clipped to the range; the first and
    /// last piece may be partial. Days outside every period of the kind (July for school years) are left out.
    /// </summary>
    /// <param name="kind">The kind of period.</param>
    /// <returns>The pieces in order; they do not overlap and lie inside this range.</returns>
    public ImmutableArray<DateRange> SplitBy(PeriodKind kind)
    {
        var pieces = ImmutableArray.CreateBuilder<DateRange>();
        var day = Start;
        while (day <= End)
        {
            var period = PeriodContaining(kind, day);
            if (period is { } whole)
            {
                pieces.Add(new DateRange(day, Min(whole.End, End)));
                if (whole.End >= End)
                {
                    break;
                }

                day = whole.End.AddDays(1);
            }
            else
            {
                // Only July in school years: jump to 1 August.
                if (day.Year >= 9999)
                {
                    break;
                }

                day = new DateOnly(day.Year, 8, 1);
            }
        }

        return pieces.ToImmutable();
    }

    /// <inheritdoc/>
    public int CompareTo(DateRange other)
    {
        var byStart = Start.CompareTo(other.Start);
        return byStart != 0 ? byStart : End.CompareTo(other.End);
    }

    /// <summary>Formats the range as <c>yyyy-MM-dd..yyyy-MM-dd</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + ".."
        + End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Parses <c>yyyy-MM-dd..yyyy-MM-dd</c>, returning what is wrong (and where) when the text is not a range.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The range, or an error naming what is wrong.</returns>
    public static ParseResult<DateRange> TryParse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Fail("Datumintervallet är tomt.", "The date range is empty.", text, null);
        }

        var separator = text.IndexOf("..", StringComparison.Ordinal);
        if (separator < 0)
        {
            return NotARange(text, null);
        }

        if (!ParseDay(text.AsSpan(0, separator), out var start))
        {
            return NotARange(text, text.Length - text.AsSpan().TrimStart().Length);
        }

        var endText = text.AsSpan(separator + 2);
        if (!ParseDay(endText, out var end))
        {
            return NotARange(text, separator + 2 + (endText.Length - endText.TrimStart().Length));
        }

        return end < start
            ? Fail($"Datumintervallet '{text}' slutar innan det börjar.", $"The date range '{text}' ends before it starts.", text, null)
            : ParseResult<DateRange>.Success(new DateRange(start, end));

        static bool ParseDay(ReadOnlySpan<char> day, out DateOnly date) =>
            DateOnly.TryParseExact(day.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

        static ParseResult<DateRange> NotARange(string text, int? position) => Fail(
            $"'{text}' är inte ett datumintervall på formen ÅÅÅÅ-MM-DD..ÅÅÅÅ-MM-DD.",
            $"'{text}' is not a date range of the form yyyy-MM-dd..yyyy-MM-dd.",
            text,
            position);

        static ParseResult<DateRange> Fail(string swedish, string english, string? text, int? position) =>
            ParseResult<DateRange>.Failure(new ParseError(new LocalizedText(swedish, english), text, position));
    }

    /// <summary>True when <paramref name="left"/> orders before <paramref name="right"/>.</summary>
    /// <param name="left">One range.</param>
    /// <param name="right">The other range.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <(DateRange left, DateRange right) => left.CompareTo(right) < 0;

    /// <summary>True when <paramref name="left"/> orders after <paramref name="right"/>.</summary>
    /// <param name="left">One range.</param>
    /// <param name="right">The other range.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >(DateRange left, DateRange right) => left.CompareTo(right) > 0;

    /// <summary>True when <paramref name="left"/> orders before or equal to <paramref name="right"/>.</summary>
    /// <param name="left">One range.</param>
    /// <param name="right">The other range.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <=(DateRange left, DateRange right) => left.CompareTo(right) <= 0;

    /// <summary>True when <paramref name="left"/> orders after or equal to <paramref name="right"/>.</summary>
    /// <param name="left">One range.</param>
    /// <param name="right">The other range.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >=(DateRange left, DateRange right) => left.CompareTo(right) >= 0;

    private static DateRange Months(int year, int firstMonth, int count)
    {
        var start = new DateOnly(year, firstMonth, 1);
        var lastMonth = firstMonth + count - 1;
        return new DateRange(start, new DateOnly(year, lastMonth, DateTime.DaysInMonth(year, lastMonth)));
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a <= b ? a : b;

    private static DateOnly Max(DateOnly a, DateOnly b) => a >= b ? a : b;
}
