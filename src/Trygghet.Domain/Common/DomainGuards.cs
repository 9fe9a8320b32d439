using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Runtime.CompilerServices;
using Ardalis.GuardClauses;

namespace Trygghet.Domain.Common;

/// <summary>
/// Domänens vakter (the domain's own guard clauses), written once as extensions of Ardalis.GuardClauses:
/// <c>Guard.Against.OutsideSupportedDates(date, nameof(date))</c>. Each throws an <see cref="ArgumentException"/>
/// (or a subtype) naming the parameter, with an English message and a Swedish one that the JSON reader shows
/// (<see cref="SwedishMessage"/>).
/// </summary>
public static class DomainGuards
{
    private const string SwedishKey = "Trygghet.Domain.Swedish";

    /// <summary>The Swedish message a domain guard attached to an exception, or null.</summary>
    /// <param name="exception">The exception.</param>
    /// <returns>The Swedish text, or null when none was attached.</returns>
    public static string? SwedishMessage(Exception exception)
    {
        Guard.Against.Null(exception);
        return exception.Data[SwedishKey] as string;
    }

    /// <summary>Refuses a date outside <see cref="TrygghetLimits.EarliestDate"/>..<see cref="TrygghetLimits.LatestDate"/>.</summary>
    /// <param name="guard">The guard.</param>
    /// <param name="date">The date.</param>
    /// <param name="parameterName">The parameter's name.</param>
    /// <returns>The date.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The date is outside the supported dates.</exception>
    public static DateOnly OutsideSupportedDates(this IGuardClause guard, DateOnly date, string parameterName)
    {
        if (!TrygghetLimits.IsSupported(date))
        {
            var text = Format(date);
            throw OutOfRange(
                parameterName,
                date,
                $"Datumet {text} ligger utanför {TrygghetLimits.DateSpan}.",
                $"The date {text} lies outside {TrygghetLimits.DateSpan}.");
        }

        return date;
    }

    /// <summary>Refuses a date outside the supported dates; null passes.</summary>
    /// <param name="guard">The guard.</param>
    /// <param name="date">The date, or null.</param>
    /// <param name="parameterName">The parameter's name.</param>
    /// <returns>The date.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The date is outside the supported dates.</exception>
    public static DateOnly? OutsideSupportedDates(this IGuardClause guard, DateOnly? date, string parameterName) =>
        date is { } d ? guard.OutsideSupportedDates(d, parameterName) : null;

    /// <summary>Refuses a range with an end outside the supported dates (the default range, 0001-01-01, among them).</summary>
    /// <param name="guard">The guard.</param>
    /// <param name="range">The range.</param>
    /// <param name="parameterName">The parameter's name.</param>
    /// <returns>The range.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An end is outside the supported dates.</exception>
    public static DateRange OutsideSupportedDates(this IGuardClause guard, DateRange range, string parameterName)
    {
        guard.OutsideSupportedDates(range.Start, parameterName);
        guard.OutsideSupportedDates(range.End, parameterName);
        return range;
    }

    /// <summary>Refuses a range with an end outside the supported dates; null passes.</summary>
    /// <param name="guard">The guard.</param>
    /// <param name="range">The range, or null.</param>
    /// <param name="parameterName">The parameter's name.</param>
    /// <returns>The range.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An end is outside the supported dates.</exception>
    public static DateRange? OutsideSupportedDates(this IGuardClause guard, DateRange? range, string parameterName) =>
        range is { } r ? guard.OutsideSupportedDates(r, parameterName) : null;

    /// <summary>Refuses a list holding a date outside the supported dates.</summary>
    /// <param name="guard">The guard.</param>
    /// <param name="dates">The dates.</param>
    /// <param name="parameterName">The parameter's name.</param>
    /// <returns>The dates.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A date is outside the supported dates.</exception>
    public static EquatableArray<DateOnly> OutsideSupportedDates(this IGuardClause guard, EquatableArray<DateOnly> dates, string parameterName)
    {
        foreach (var date in dates)
        {
            guard.OutsideSupportedDates(date, parameterName);
        }

        return dates;
    }

    /// <summary>Refuses a year outside <see cref="TrygghetLimits.FirstYear"/>..<see cref="TrygghetLimits.LastYear"/>.</summary>
    /// <param name="guard">The guard.</param>
    /// <param name="year">The year.</param>
    /// <param name="parameterName">The parameter's name.</param>
    /// <returns>The year.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside the supported years.</exception>
    public static int YearOutsideSupportedDates(this IGuardClause guard, int year, string parameterName) =>
        YearOutside(year, TrygghetLimits.LastYear, parameterName, string.Empty, string.Empty);

    /// <summary>
    /// Refuses a year outside the Swedish calendar, <see cref="TrygghetLimits.FirstYear"/>..<see cref="TrygghetLimits.CalendarLastYear"/>
    /// (one year more than the supported dates, so that every deadline can be counted).
    /// </summary>
    /// <param name="guard">The guard.</param>
    /// <param name="year">The year.</param>
    /// <param name="parameterName">The parameter's name.</param>
    /// <returns>The year.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside the calendar.</exception>
    internal static int YearOutsideCalendar(this IGuardClause guard, int year, string parameterName) =>
        YearOutside(year, TrygghetLimits.CalendarLastYear, parameterName, "den svenska kalenderns år ", "the Swedish calendar's years ");

    /// <summary>
    /// Refuses the Swedish calendar's last day (nyårsafton <see cref="TrygghetLimits.CalendarLastYear"/>) where a
    /// later working day is sought: none follows it.
    /// </summary>
    /// <param name="guard">The guard.</param>
    /// <param name="date">The day after which a working day is sought.</param>
    /// <param name="parameterName">The parameter's name.</param>
    /// <returns>The date.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The date is the calendar's last day (or later).</exception>
    internal static DateOnly EndOfCalendar(this IGuardClause guard, DateOnly date, string parameterName)
    {
        if (date < new DateOnly(TrygghetLimits.CalendarLastYear, 12, 31))
        {
            return date;
        }

        var last = Format(date);
        throw OutOfRange(
            parameterName,
            date,
            $"Ingen vardag följer efter {last}: den svenska kalendern slutar där.",
            $"No working day follows {last}: the Swedish calendar ends there.");
    }

    /// <summary>Refuses an end before a start.</summary>
    /// <param name="guard">The guard.</param>
    /// <param name="start">The start.</param>
    /// <param name="end">The end.</param>
    /// <param name="parameterName">The end parameter's name.</param>
    /// <returns>The end.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="end"/> is before <paramref name="start"/>.</exception>
    public static DateOnly EndBeforeStart(this IGuardClause guard, DateOnly start, DateOnly end, string parameterName) =>
        end < start
            ? throw OutOfRange(
                parameterName,
                end,
                $"Slutet ({Format(end)}) ligger före början ({Format(start)}).",
                $"The end ({Format(end)}) lies before the start ({Format(start)}).")
            : end;

    /// <summary>
    /// Refuses an imprecise period whose end lies wholly before its start (the end's latest day before the start's
    /// earliest). Unlike the exact overload it throws an <see cref="ArgumentException"/>: imprecise ends may overlap.
    /// </summary>
    /// <param name="guard">The guard.</param>
    /// <param name="start">The start, as precisely as stated.</param>
    /// <param name="end">The end, as precisely as stated.</param>
    /// <param name="parameterName">The end parameter's name.</param>
    /// <returns>The end.</returns>
    /// <exception cref="ArgumentException"><paramref name="end"/> lies wholly before <paramref name="start"/>.</exception>
    internal static ImpreciseDate EndBeforeStart(this IGuardClause guard, ImpreciseDate start, ImpreciseDate end, string parameterName) =>
        end.Latest < start.Earliest
            ? throw Invalid(
                parameterName,
                $"Perioden slutar ({end}) före sin början ({start}).",
                $"The period ends ({end}) before it starts ({start}).")
            : end;

    /// <summary>Refuses a date range that does not lie within another (e.g. a part of a period).</summary>
    /// <param name="guard">The guard.</param>
    /// <param name="range">The range.</param>
    /// <param name="within">The range it must lie within.</param>
    /// <param name="parameterName">The parameter's name (the argument's expression when left out).</param>
    /// <returns>The range.</returns>
    /// <exception cref="ArgumentException"><paramref name="range"/> is not within <paramref name="within"/>.</exception>
    internal static DateRange NotWithin(this IGuardClause guard, DateRange range, DateRange within, [CallerArgumentExpression(nameof(range))] string? parameterName = null) =>
        within.Contains(range)
            ? range
            : throw Invalid(
                parameterName ?? nameof(range),
                $"Intervallet {range} ligger inte inom {within}.",
                $"The range {range} does not lie within {within}.");

    /// <summary>Refuses an index outside 0..count-1.</summary>
    /// <param name="guard">The guard.</param>
    /// <param name="index">The zero-based index.</param>
    /// <param name="count">The number of items.</param>
    /// <param name="parameterName">The parameter's name (the argument's expression when left out).</param>
    /// <returns>The index.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is negative or not less than <paramref name="count"/>.</exception>
    internal static int IndexOutside(this IGuardClause guard, int index, int count, [CallerArgumentExpression(nameof(index))] string? parameterName = null)
    {
        if ((uint)index < (uint)count)
        {
            return index;
        }

        var (at, items) = (index.ToString(CultureInfo.InvariantCulture), count.ToString(CultureInfo.InvariantCulture));
        throw OutOfRange(
            parameterName ?? nameof(index),
            index,
            $"Platsen {at} ligger utanför listan med {items} element.",
            $"The index {at} lies outside the list of {items} items.");
    }

    /// <summary>Refuses a negative amount or one above <see cref="TrygghetLimits.MaxAmount"/>.</summary>
    /// <param name="guard">The guard.</param>
    /// <param name="kronor">The amount in kronor.</param>
    /// <param name="parameterName">The parameter's name.</param>
    /// <returns>The amount.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The amount is negative or too large.</exception>
    public static decimal InvalidAmount(this IGuardClause guard, decimal kronor, string parameterName) =>
        kronor < 0 || kronor > TrygghetLimits.MaxAmount
            ? throw OutOfRange(
                parameterName,
                kronor,
                $"Beloppet ska ligga mellan 0 och {TrygghetLimits.MaxAmount.ToString(CultureInfo.InvariantCulture)} kronor.",
                $"The amount must lie between 0 and {TrygghetLimits.MaxAmount.ToString(CultureInfo.InvariantCulture)} kronor.")
            : kronor;

    /// <summary>Refuses a negative count.</summary>
    /// <param name="guard">The guard.</param>
    /// <param name="count">The count.</param>
    /// <param name="parameterName">The parameter's name.</param>
    /// <returns>The count.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The count is negative.</exception>
    public static int NegativeCount(this IGuardClause guard, int count, string parameterName) =>
        count < 0
            ? throw OutOfRange(parameterName, count, "Antalet får inte vara negativt.", "The count must not be negative.")
            : count;

    /// <summary>Refuses a value below a minimum (a number below 1, a negative count, a year before the first supported).</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="guard">The guard.</param>
    /// <param name="value">The value.</param>
    /// <param name="minimum">The least value allowed.</param>
    /// <param name="parameterName">The parameter's name (the argument's expression when left out).</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is less than <paramref name="minimum"/>.</exception>
    public static T Below<T>(this IGuardClause guard, T value, T minimum, [CallerArgumentExpression(nameof(value))] string? parameterName = null)
        where T : IComparable<T>
    {
        if (value.CompareTo(minimum) >= 0)
        {
            return value;
        }

        var (shown, least) = (Show(value), Show(minimum));
        throw OutOfRange(parameterName ?? nameof(value), value, $"Värdet {shown} är mindre än {least}.", $"The value {shown} is less than {least}.");
    }

    /// <summary>Refuses a value above a maximum.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="guard">The guard.</param>
    /// <param name="value">The value.</param>
    /// <param name="maximum">The greatest value allowed.</param>
    /// <param name="parameterName">The parameter's name (the argument's expression when left out).</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is greater than <paramref name="maximum"/>.</exception>
    public static T Above<T>(this IGuardClause guard, T value, T maximum, [CallerArgumentExpression(nameof(value))] string? parameterName = null)
        where T : IComparable<T>
    {
        if (value.CompareTo(maximum) <= 0)
        {
            return value;
        }

        var (shown, most) = (Show(value), Show(maximum));
        throw OutOfRange(parameterName ?? nameof(value), value, $"Värdet {shown} är större än {most}.", $"The value {shown} is greater than {most}.");
    }

    /// <summary>Refuses a value that its enum type does not define (e.g. <c>(PartyKind)999</c>).</summary>
    /// <typeparam name="T">The enum type.</typeparam>
    /// <param name="guard">The guard.</param>
    /// <param name="value">The value.</param>
    /// <param name="parameterName">The parameter's name (the argument's expression when left out).</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is not defined.</exception>
    public static T UndefinedValue<T>(this IGuardClause guard, T value, [CallerArgumentExpression(nameof(value))] string? parameterName = null)
        where T : struct, Enum
    {
        if (Enum.IsDefined(value))
        {
            return value;
        }

        throw Unknown(parameterName ?? nameof(value), value);
    }

    /// <summary>
    /// Refuses the value that reached a switch's default arm: one its enum type does not define (or, after a new
    /// member, one the switch does not handle yet). Write it as the arm's result, <c>_ =&gt; Guard.Against.UnknownValue&lt;PeriodKind&gt;(kind)</c>.
    /// </summary>
    /// <typeparam name="TResult">The switch's result type (never returned).</typeparam>
    /// <param name="guard">The guard.</param>
    /// <param name="value">The value.</param>
    /// <param name="parameterName">The parameter's name (the argument's expression when left out).</param>
    /// <returns>Never returns.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Always.</exception>
    [DoesNotReturn]
    internal static TResult UnknownValue<TResult>(this IGuardClause guard, Enum value, [CallerArgumentExpression(nameof(value))] string? parameterName = null) =>
        throw Unknown(parameterName ?? nameof(value), value);

    /// <summary>
    /// Refuses an argument that breaks a rule of its own (e.g. "a commitment binds at least one party"), with the
    /// rule in both languages.
    /// </summary>
    /// <param name="guard">The guard.</param>
    /// <param name="invalid">True when the argument breaks the rule.</param>
    /// <param name="parameterName">The parameter's name.</param>
    /// <param name="swedish">The rule in Swedish.</param>
    /// <param name="english">The rule in English.</param>
    /// <exception cref="ArgumentException"><paramref name="invalid"/> is true.</exception>
    public static void InvalidArgument(this IGuardClause guard, [DoesNotReturnIf(true)] bool invalid, string parameterName, string swedish, string english)
    {
        if (invalid)
        {
            throw Invalid(parameterName, swedish, english);
        }
    }

    /// <summary>
    /// Refuses a rule that its author defined wrongly, naming the rule and what is wrong in both languages:
    /// "Regeln X " + <paramref name="swedish"/> and "Rule X " + <paramref name="english"/>.
    /// </summary>
    /// <param name="guard">The guard.</param>
    /// <param name="invalid">True when the rule is defined wrongly.</param>
    /// <param name="rule">The rule's id (or its class when it has none).</param>
    /// <param name="parameterName">The parameter's name.</param>
    /// <param name="swedish">What is wrong, in Swedish, continuing "Regeln X" (e.g. "saknar grund.").</param>
    /// <param name="english">What is wrong, in English, continuing "Rule X" (e.g. "lacks a basis.").</param>
    /// <exception cref="ArgumentException"><paramref name="invalid"/> is true.</exception>
    internal static void InvalidRule(this IGuardClause guard, [DoesNotReturnIf(true)] bool invalid, string rule, string parameterName, string swedish, string english)
    {
        if (invalid)
        {
            throw Invalid(parameterName, $"Regeln {rule} {swedish}", $"Rule {rule} {english}");
        }
    }

    /// <summary>Refuses an empty or whitespace text (and null), e.g. a case number's registry or a title.</summary>
    /// <param name="guard">The guard.</param>
    /// <param name="text">The text.</param>
    /// <param name="parameterName">The parameter's name.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentNullException">The text is null.</exception>
    /// <exception cref="ArgumentException">The text is empty or whitespace.</exception>
    public static string EmptyText(this IGuardClause guard, string? text, string parameterName)
    {
        if (text is null)
        {
            throw Localized(new ArgumentNullException(parameterName, "The text is missing."), "Texten saknas.");
        }

        return string.IsNullOrWhiteSpace(text)
            ? throw Localized(new ArgumentException("The text must not be empty.", parameterName), "Texten får inte vara tom.")
            : text;
    }

    /// <summary>Refuses a malformed case number text (empty ones among them), with the parser's own explanation.</summary>
    /// <param name="guard">The guard.</param>
    /// <param name="text">The text.</param>
    /// <param name="parameterName">The parameter's name.</param>
    /// <returns>The case number.</returns>
    /// <exception cref="ArgumentException">The text is not a case number.</exception>
    public static CaseNumber MalformedCaseNumber(this IGuardClause guard, string? text, string parameterName)
    {
        return CaseNumber.TryParse(text).Match(
            number => number,
            error => throw Localized(new ArgumentException(error.Message.English, parameterName), error.Message.Swedish));
    }

    /// <summary>Refuses a list that is default (uninitialised) or holds null.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="guard">The guard.</param>
    /// <param name="items">The items.</param>
    /// <param name="parameterName">The parameter's name.</param>
    /// <returns>The items.</returns>
    /// <exception cref="ArgumentNullException">The list is null or holds null.</exception>
    public static IReadOnlyCollection<T> NullItems<T>(this IGuardClause guard, IReadOnlyCollection<T>? items, string parameterName)
    {
        if (items is null)
        {
            throw Localized(new ArgumentNullException(parameterName, "The list is missing."), "Listan saknas.");
        }

        var index = 0;
        foreach (var item in items)
        {
            if (item is null)
            {
                var at = index.ToString(CultureInfo.InvariantCulture);
                throw Localized(new ArgumentNullException(parameterName, $"The list holds null at index {at}."), $"Listan innehåller null på plats {at}.");
            }

            index++;
        }

        return items;
    }

    /// <summary>An <see cref="ArgumentOutOfRangeException"/> with both messages.</summary>
    internal static ArgumentOutOfRangeException OutOfRange(string parameterName, object? value, string swedish, string english) =>
        Localized(new ArgumentOutOfRangeException(parameterName, value, english), swedish);

    /// <summary>An <see cref="ArgumentException"/> with both messages.</summary>
    internal static ArgumentException Invalid(string parameterName, string swedish, string english) =>
        Localized(new ArgumentException(english, parameterName), swedish);

    /// <summary>An <see cref="InvalidOperationException"/> with both messages: an operation the object's state does not allow.</summary>
    internal static InvalidOperationException InvalidState(string swedish, string english) =>
        Localized(new InvalidOperationException(english), swedish);

    /// <summary>The exception for reading the value of a failed result, with both messages.</summary>
    internal static InvalidOperationException NoValue(LocalizedText error) =>
        Localized(new InvalidOperationException(error.English), error.Swedish);

    internal static TException Localized<TException>(TException exception, string swedish)
        where TException : Exception
    {
        exception.Data[SwedishKey] = swedish;
        return exception;
    }

    private static int YearOutside(int year, int lastYear, string parameterName, string swedishWhat, string englishWhat)
    {
        if (year >= TrygghetLimits.FirstYear && year <= lastYear)
        {
            return year;
        }

        var (shown, span) = (year.ToString(CultureInfo.InvariantCulture), $"{TrygghetLimits.FirstYear}-{lastYear}");
        throw OutOfRange(parameterName, year, $"Året {shown} ligger utanför {swedishWhat}{span}.", $"The year {shown} lies outside {englishWhat}{span}.");
    }

    private static ArgumentOutOfRangeException Unknown(string parameterName, Enum value)
    {
        var shown = Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);
        return OutOfRange(parameterName, value, $"Värdet {shown} är inget känt värde.", $"The value {shown} is not a known value.");
    }

    private static string Show<T>(T value) => value is IFormattable formattable
        ? formattable.ToString(null, CultureInfo.InvariantCulture)
        : value?.ToString() ?? "null";

    private static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
