using System.Globalization;
using System.Text;

namespace Trygghet.Domain.Rules.Runtime;

/// <summary>Parses and fills message templates with <c>{named}</c> placeholders.</summary>
internal static class MessageTemplate
{
    /// <summary>The placeholder names of a template, in order of first appearance.</summary>
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

            var name = template[(i + 1)..end];
            if (!names.Contains(name))
            {
                names.Add(name);
            }

            i = end + 1;
        }

        return names;
    }

    /// <summary>Fills a template; throws naming the rule when a placeholder has no argument.</summary>
    public static string Fill(string template, string ruleId, ReadOnlySpan<(string Name, object? Value)> arguments)
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
            var name = template.AsSpan(open + 1, close - open - 1);
            var found = false;
            foreach (var (argName, value) in arguments)
            {
                if (name.SequenceEqual(argName))
                {
                    builder.Append(Format(value));
                    found = true;
                    break;
                }
            }

            if (!found)
            {
                throw new InvalidOperationException(
                    $"Rule {ruleId} reported a finding without a value for the placeholder {{{name.ToString()}}}.");
            }

            start = close + 1;
        }

        builder.Append(template, start, template.Length - start);
        return builder.ToString();
    }

    /// <summary>Formats a value for a message: dates as yyyy-MM-dd, numbers and other formattables invariant.</summary>
    public static string Format(object? value) => value switch
    {
        null => string.Empty,
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime dateTime => dateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
