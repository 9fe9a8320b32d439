using System.Globalization;
using System.Text;

namespace Trygghet.Domain.Rules.Runtime;

/// <summary>
/// Parses and fills message templates with <c>{named}</c> placeholders and <c>{named|singular|plural}</c>
/// count words ("{count} {count|varning|varningar}").
/// </summary>
internal static class MessageTemplate
{
    /// <summary>The placeholder names of a template (count words by their count's name), in order of first appearance.</summary>
    public static IReadOnlyList<string> Placeholders(string template)
    {
        var names = new List<string>();
        var i = 0;
        while ((i = template.IndexOf('{', i)) >= 0)
        {
            var end = template.IndexOf('}', i + 1);
            if (end < 0)
            {
                break;
            }

            var name = NameOf(template.AsSpan(i + 1, end - i - 1)).ToString();
            if (!names.Contains(name))
            {
                names.Add(name);
            }

            i = end + 1;
        }

        return names;
    }

    /// <summary>Fills a template in a catalogue's language; throws naming the rule when a placeholder has no argument.</summary>
    public static string Fill(string template, string ruleId, ReadOnlySpan<(string Name, object? Value)> arguments, MessageCatalogue catalogue)
    {
        if (template.IndexOf('{', StringComparison.Ordinal) < 0)
        {
            return template;
        }

        var builder = new StringBuilder(template.Length + 32);
        var start = 0;
        int open;
        while ((open = template.IndexOf('{', start)) >= 0)
        {
            var close = template.IndexOf('}', open + 1);
            if (close < 0)
            {
                break;
            }

            builder.Append(template, start, open - start);
            var content = template.AsSpan(open + 1, close - open - 1);
            var name = NameOf(content);
            var found = false;
            foreach (var (argName, value) in arguments)
            {
                if (name.SequenceEqual(argName))
                {
                    builder.Append(name.Length == content.Length ? catalogue.FormatValue(value) : CountWord(content[(name.Length + 1)..], value));
                    found = true;
                    break;
                }
            }

            if (!found)
            {
                throw DomainGuards.InvalidState(
                    $"Regeln {ruleId} rapporterade ett fynd utan värde för platshållaren {{{name.ToString()}}}.",
                    $"Rule {ruleId} reported a finding without a value for the placeholder {{{name.ToString()}}}.");
            }

            start = close + 1;
        }

        builder.Append(template, start, template.Length - start);
        return builder.ToString();
    }

    /// <summary>Formats a value without a language: dates as yyyy-MM-dd, numbers and other formattables invariant.</summary>
    public static string Format(object? value) => value switch
    {
        null => string.Empty,
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime dateTime => dateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        Enum e => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(e.ToString()),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    private static ReadOnlySpan<char> NameOf(ReadOnlySpan<char> content)
    {
        var bar = content.IndexOf('|');
        return bar < 0 ? content : content[..bar];
    }

    // "singular|plural": the singular for exactly one, the plural otherwise.
    private static string CountWord(ReadOnlySpan<char> forms, object? count)
    {
        var bar = forms.IndexOf('|');
        var singular = bar < 0 ? forms : forms[..bar];
        var plural = bar < 0 ? forms : forms[(bar + 1)..];
        var one = count switch
        {
            int i => i == 1,
            long l => l == 1,
            decimal d => d == 1m,
            _ => false,
        };
        return (one ? singular : plural).ToString();
    }
}
