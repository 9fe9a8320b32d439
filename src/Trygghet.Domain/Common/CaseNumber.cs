using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Trygghet.Domain.Common;

/// <summary>Diarienummerformat (how a municipality writes its case numbers).</summary>
public enum CaseNumberFormat
{
    /// <summary>Diarium, space, two-digit year, slash, number: "KS 25/0311", "SN 24/0057".</summary>
    RegistryShortYear,

    /// <summary>Diarium, space, four-digit year, slash, number: "KS 2025/88".</summary>
    RegistryFullYear,

    /// <summary>Four-digit year, diarium, slash, number: "2024KS/0203".</summary>
    YearRegistry,
}

/// <summary>
/// Diarienummer (case number, "Dnr"): the registry number under which a matter is kept, e.g. "KS 25/0311".
/// Four real formats are understood (see <see cref="CaseNumberFormat"/>); the text is kept exactly, leading
/// zeros included, so <see cref="ToString"/> gives back what was parsed (a leading "Dnr" is dropped).
/// </summary>
/// <remarks>
/// Equality compares all parts, the format and the zero padding included: "KS 25/0311" and "KS 2025/311"
/// are different texts; use <see cref="IsSameCase"/> to compare diarium, year and number only.
/// </remarks>
public sealed record CaseNumber
{
    private const int MaxRegistryLength = 8;
    private const int MaxSequenceDigits = 6;

    /// <summary>Creates a case number from its parts.</summary>
    /// <param name="registry">Diarium (registry), upper-case letters A-Ö, 1-8 of them, e.g. "KS".</param>
    /// <param name="year">The full year; 1970-2069 for <see cref="CaseNumberFormat.RegistryShortYear"/>, otherwise 1900-2199.</param>
    /// <param name="sequence">Löpnummer (the running number), at least 1.</param>
    /// <param name="format">How the number is written.</param>
    /// <param name="sequenceDigits">Digits written for the number, zero-padded (e.g. 4 for "0600"); 0 means as few as needed.</param>
    public CaseNumber(string registry, int year, int sequence, CaseNumberFormat format, int sequenceDigits = 0)
    {
        Guard.Against.NullOrWhiteSpace(registry);
        Guard.Against.InvalidArgument(
            registry.Length > MaxRegistryLength || !registry.All(IsRegistryLetter),
            nameof(registry),
            $"Ett diarienummers diarium ska vara 1-{MaxRegistryLength} versaler (A-Ö), inte '{registry}'.",
            $"A case number's registry must be 1-{MaxRegistryLength} upper-case letters (A-Ö); got '{registry}'.");

        Guard.Against.UndefinedValue(format);

        var (minYear, maxYear) = format == CaseNumberFormat.RegistryShortYear ? (1970, 2069) : (TrygghetLimits.FirstYear, TrygghetLimits.LastYear);
        Guard.Against.Below(year, minYear);
        Guard.Against.Above(year, maxYear);
        Guard.Against.Below(sequence, 1);
        var needed = sequence.ToString(CultureInfo.InvariantCulture).Length;
        Guard.Against.Above(needed, MaxSequenceDigits, nameof(sequence));
        Guard.Against.Below(sequenceDigits, 0);
        Guard.Against.Above(sequenceDigits, MaxSequenceDigits);

        Registry = registry;
        Year = year;
        Sequence = sequence;
        Format = format;
        SequenceDigits = Math.Max(sequenceDigits, needed);
    }

    /// <summary>Diarium (the registry), e.g. "KS" for kommunstyrelsen, "SN" for socialnämnden.</summary>
    public string Registry { get; }

    /// <summary>Årtal (the full year).</summary>
    public int Year { get; }

    /// <summary>Löpnummer (the running number within the registry and year).</summary>
    public int Sequence { get; }

    /// <summary>How the number is written.</summary>
    public CaseNumberFormat Format { get; }

    /// <summary>Digits written for the running number (zero-padded).</summary>
    public int SequenceDigits { get; }

    /// <summary>True when both numbers name the same registry, year and running number, however written.</summary>
    /// <param name="other">The other case number.</param>
    /// <returns>True for the same case.</returns>
    public bool IsSameCase(CaseNumber other)
    {
        Guard.Against.Null(other);
        return Registry == other.Registry && Year == other.Year && Sequence == other.Sequence;
    }

    /// <summary>Parses a case number, throwing when the text is not one.</summary>
    /// <param name="text">E.g. "KS 25/0311", "Dnr SN 24/0057", "KS 2025/88", "2024KS/0203".</param>
    /// <returns>The case number.</returns>
    /// <exception cref="FormatException">The text is not a case number; the message says why.</exception>
    public static CaseNumber Parse(string text) => TryParse(text).Match(
        number => number,
        error => throw DomainGuards.Localized(new FormatException(error.Message.English), error.Message.Swedish));

    /// <summary>Tries to parse a case number.</summary>
    /// <param name="text">The text.</param>
    /// <param name="caseNumber">The case number, or null.</param>
    /// <returns>True when the text is a case number.</returns>
    public static bool TryParse(string? text, [NotNullWhen(true)] out CaseNumber? caseNumber)
    {
        var parsed = TryParse(text).TryPickT0(out var number, out _);
        caseNumber = parsed ? number : null;
        return parsed;
    }

    /// <summary>Parses a case number, returning what is wrong (and where) when it is not one.</summary>
    /// <param name="text">The text; surrounding white space and a leading "Dnr" or "Dnr:" are allowed.</param>
    /// <returns>The case number, or a bilingual error with the position of the fault.</returns>
    public static ParseResult<CaseNumber> TryParse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Fail(text, null, "texten är tom", "the text is empty");
        }

        var s = text.AsSpan().Trim();
        var start = text.Length - text.AsSpan().TrimStart().Length;
        if (s.Length > 3 && s.StartsWith("Dnr", StringComparison.OrdinalIgnoreCase) && (s[3] == ':' || char.IsWhiteSpace(s[3])))
        {
            var rest = s[3..].TrimStart(':').TrimStart();
            start += s.Length - rest.Length;
            s = rest;
        }

        var slash = s.IndexOf('/');
        if (slash < 0 || slash != s.LastIndexOf('/'))
        {
            return Fail(text, slash < 0 ? null : start + s.LastIndexOf('/'), "det ska finnas exakt ett snedstreck", "it must contain exactly one slash");
        }

        var head = s[..slash];
        var tail = s[(slash + 1)..];
        if (tail.Length is 0 or > MaxSequenceDigits || !IsDigits(tail))
        {
            var fault = tail.Length > MaxSequenceDigits && IsDigits(tail) ? MaxSequenceDigits : FirstNonDigit(tail);
            return Fail(text, start + slash + 1 + fault, $"löpnumret efter snedstrecket ska vara 1-{MaxSequenceDigits} siffror", $"the number after the slash must be 1-{MaxSequenceDigits} digits");
        }

        var sequence = int.Parse(tail, NumberStyles.None, CultureInfo.InvariantCulture);
        if (sequence < 1)
        {
            return Fail(text, start + slash + 1, "löpnumret ska vara minst 1", "the number must be at least 1");
        }

        CaseNumberFormat format;
        string registry;
        int year;
        var space = head.IndexOf(' ');
        if (space > 0)
        {
            var yearText = head[(space + 1)..].Trim();
            registry = head[..space].Trim().ToString();
            if (!IsDigits(yearText) || yearText.Length is not (2 or 4))
            {
                return Fail(text, start + space + 1, "året ska skrivas med två eller fyra siffror", "the year must have two or four digits");
            }

            var number = int.Parse(yearText, NumberStyles.None, CultureInfo.InvariantCulture);
            format = yearText.Length == 2 ? CaseNumberFormat.RegistryShortYear : CaseNumberFormat.RegistryFullYear;
            year = yearText.Length == 2 ? (number <= 69 ? 2000 + number : 1900 + number) : number;
        }
        else if (head.Length > 4 && IsDigits(head[..4]))
        {
            format = CaseNumberFormat.YearRegistry;
            year = int.Parse(head[..4], NumberStyles.None, CultureInfo.InvariantCulture);
            registry = head[4..].ToString();
        }
        else
        {
            return Fail(text, null, "känner inte igen formen (t.ex. \"KS 25/0311\", \"KS 2025/88\" eller \"2024KS/0203\")", "the form is not recognised (e.g. \"KS 25/0311\", \"KS 2025/88\" or \"2024KS/0203\")");
        }

        if (registry.Length is 0 or > MaxRegistryLength || !registry.All(IsRegistryLetter))
        {
            return Fail(text, start + (format == CaseNumberFormat.YearRegistry ? 4 : 0), $"diariet ska vara 1-{MaxRegistryLength} versaler (A-Ö)", $"the registry must be 1-{MaxRegistryLength} upper-case letters (A-Ö)");
        }

        if (format != CaseNumberFormat.RegistryShortYear && year is < TrygghetLimits.FirstYear or > TrygghetLimits.LastYear)
        {
            return Fail(
                text,
                start + (format == CaseNumberFormat.YearRegistry ? 0 : space + 1),
                $"året ska ligga mellan {TrygghetLimits.FirstYear} och {TrygghetLimits.LastYear}",
                $"the year must lie between {TrygghetLimits.FirstYear} and {TrygghetLimits.LastYear}");
        }

        return ParseResult<CaseNumber>.Success(new CaseNumber(registry, year, sequence, format, tail.Length));
    }

    /// <summary>Writes the case number in its format, e.g. "KS 25/0311".</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var number = Sequence.ToString(CultureInfo.InvariantCulture).PadLeft(SequenceDigits, '0');
        return Format switch
        {
            CaseNumberFormat.RegistryShortYear => string.Create(CultureInfo.InvariantCulture, $"{Registry} {Year % 100:00}/{number}"),
            CaseNumberFormat.RegistryFullYear => string.Create(CultureInfo.InvariantCulture, $"{Registry} {Year}/{number}"),
            _ => string.Create(CultureInfo.InvariantCulture, $"{Year}{Registry}/{number}"),
        };
    }

    private static bool IsRegistryLetter(char c) => c is (>= 'A' and <= 'Z') or 'Å' or 'Ä' or 'Ö';

    private static int FirstNonDigit(ReadOnlySpan<char> s)
    {
        var index = 0;
        while (index < s.Length && s[index] is >= '0' and <= '9')
        {
            index++;
        }

        return index;
    }

    private static bool IsDigits(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return !s.IsEmpty;
    }

    private static ParseResult<CaseNumber> Fail(string? text, int? position, string swedish, string english)
    {
        var shown = text is null ? "null" : "'" + text + "'";
        return ParseResult<CaseNumber>.Failure(new(
            new LocalizedText($"{shown} är inget diarienummer: {swedish}.", $"{shown} is not a case number: {english}."),
            text,
            position));
    }
}
