using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Trygghet.Domain.Agreements;

/// <summary>
/// Insatsnummer (measure number) "A:N" as in "Insats 1:3": <see cref="Area"/> is the number of the
/// samverkansområde, <see cref="Ordinal"/> the measure's number within it.
/// </summary>
/// <remarks>
/// Equality compares area and ordinal; numbers order by area, then ordinal. The default value is "0:0", which
/// the constructor would refuse: use it only as "no number".
/// </remarks>
public readonly record struct MeasureNumber : IComparable<MeasureNumber>
{
    /// <summary>Creates a measure number.</summary>
    /// <param name="area">The area's number, at least 1.</param>
    /// <param name="ordinal">The measure's number within the area, at least 1.</param>
    public MeasureNumber(int area, int ordinal)
    {
        Area = Guard.Against.Below(area, 1);
        Ordinal = Guard.Against.Below(ordinal, 1);
    }

    /// <summary>Område (the area number, the part before the colon).</summary>
    public int Area { get; }

    /// <summary>Löpnummer (the measure's number within the area, after the colon).</summary>
    public int Ordinal { get; }

    /// <summary>Texten (the number as text, "A:N").</summary>
    public string Text => ToString();

    /// <summary>Parses "A:N" (e.g. "3:6"); an "Insats " prefix and surrounding white space are allowed.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The number, or a bilingual error.</returns>
    public static ParseResult<MeasureNumber> TryParse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Fail(text);
        }

        var s = text.AsSpan().Trim();
        if (s.StartsWith("Insats", StringComparison.OrdinalIgnoreCase))
        {
            s = s[6..].Trim();
        }

        var colon = s.IndexOf(':');
        if (colon <= 0
            || !int.TryParse(s[..colon], NumberStyles.None, CultureInfo.InvariantCulture, out var area)
            || !int.TryParse(s[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var ordinal)
            || area < 1 || ordinal < 1)
        {
            return Fail(text);
        }

        return ParseResult<MeasureNumber>.Success(new MeasureNumber(area, ordinal));
    }

    /// <summary>Parses "A:N", throwing when the text is not a measure number.</summary>
    /// <param name="text">The text, e.g. "1:3" or "Insats 1:3".</param>
    /// <returns>The number.</returns>
    /// <exception cref="FormatException">The text is not a measure number.</exception>
    public static MeasureNumber Parse(string text) => TryParse(text).Match(
        number => number,
        error => throw DomainGuards.Localized(new FormatException(error.Message.English), error.Message.Swedish));

    /// <summary>Tries to parse "A:N".</summary>
    /// <param name="text">The text.</param>
    /// <param name="number">The number, or default.</param>
    /// <returns>True when the text is a measure number.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out MeasureNumber number)
    {
        var parsed = TryParse(text).TryPickT0(out var value, out _);
        number = parsed ? value : default;
        return parsed;
    }

    /// <inheritdoc/>
    public int CompareTo(MeasureNumber other)
    {
        var byArea = Area.CompareTo(other.Area);
        return byArea != 0 ? byArea : Ordinal.CompareTo(other.Ordinal);
    }

    /// <summary>Formats the number as "A:N".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Area}:{Ordinal}");

    /// <summary>True when <paramref name="left"/> orders before <paramref name="right"/>.</summary>
    /// <param name="left">One number.</param>
    /// <param name="right">The other number.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <(MeasureNumber left, MeasureNumber right) => left.CompareTo(right) < 0;

    /// <summary>True when <paramref name="left"/> orders after <paramref name="right"/>.</summary>
    /// <param name="left">One number.</param>
    /// <param name="right">The other number.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >(MeasureNumber left, MeasureNumber right) => left.CompareTo(right) > 0;

    /// <summary>True when <paramref name="left"/> orders before or equal to <paramref name="right"/>.</summary>
    /// <param name="left">One number.</param>
    /// <param name="right">The other number.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <=(MeasureNumber left, MeasureNumber right) => left.CompareTo(right) <= 0;

    /// <summary>True when <paramref name="left"/> orders after or equal to <paramref name="right"/>.</summary>
    /// <param name="left">One number.</param>
    /// <param name="right">The other number.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >=(MeasureNumber left, MeasureNumber right) => left.CompareTo(right) >= 0;

    private static ParseResult<MeasureNumber> Fail(string? text)
    {
        var shown = text is null ? "null" : "'" + text + "'";
        return ParseResult<MeasureNumber>.Failure(new(
            new LocalizedText(
                $"{shown} är inget insatsnummer på formen A:N (t.ex. \"1:3\").",
                $"{shown} is not a measure number of the form A:N (e.g. \"1:3\")."),
            text));
    }
}
