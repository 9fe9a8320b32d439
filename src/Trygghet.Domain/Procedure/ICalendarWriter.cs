using System.Text;

namespace Trygghet.Domain.Procedure;

/// <summary>
/// Writes iCalendar content lines (RFC 5545 section 3.1): CRLF endings, lines folded so that no line exceeds 75
/// octets of UTF-8 (a fold never splits a character), TEXT values escaped (backslash, semicolon, comma, newline).
/// </summary>
internal sealed class ICalendarWriter
{
    private const int MaxOctets = 75;
    private readonly StringBuilder text = new();

    /// <summary>Writes a property whose value is written as given (dates, identifiers, keywords).</summary>
    public void Line(string name, string value) => Fold(name + ":" + value);

    /// <summary>Writes a property of value type TEXT, escaped.</summary>
    public void Text(string name, string value) => Line(name, Escape(value));

    public override string ToString() => text.ToString();

    internal static string Escape(string value)
    {
        var escaped = new StringBuilder(value.Length + 8);
        foreach (var c in value.ReplaceLineEndings("\n"))
        {
            _ = c switch
            {
                '\\' => escaped.Append(@"\\"),
                ';' => escaped.Append(@"\;"),
                ',' => escaped.Append(@"\,"),
                '\n' => escaped.Append(@"\n"),
                _ when char.IsControl(c) => escaped,
                _ => escaped.Append(c),
            };
        }

        return escaped.ToString();
    }

    private void Fold(string line)
    {
        var octets = 0;
        for (var i = 0; i < line.Length; i++)
        {
            var length = char.IsHighSurrogate(line[i]) && i + 1 < line.Length ? 2 : 1;
            var size = Encoding.UTF8.GetByteCount(line.AsSpan(i, length));
            if (octets + size > MaxOctets)
            {
                // continuation lines start with one space, which counts towards their 75 octets
                text.Append("\r\n ");
                octets = 1;
            }

            text.Append(line, i, length);
            octets += size;
            i += length - 1;
        }

        text.Append("\r\n");
    }
}
