using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Trygghet.Domain.Tests.Common;

/// <summary>
/// Follows a path in the style of System.Text.Json's read errors (<c>$</c>, <c>$.a.b[2]</c>, <c>$['odd name']</c>)
/// through a parsed document, independently of the library's own path builder.
/// </summary>
internal static partial class JsonPathResolver
{
    /// <summary>
    /// True when <paramref name="path"/> starts at <c>$</c> and every step exists in <paramref name="root"/>: a
    /// property present (a JSON null counts, as the writer writes nulls) or an index inside its array.
    /// </summary>
    public static bool Exists(JsonNode root, string path) => Resolve(root, path).Found;

    /// <summary>The node at <paramref name="path"/> (null for a JSON null) and whether the path exists.</summary>
    public static (bool Found, JsonNode? Node) Resolve(JsonNode root, string path)
    {
        if (!path.StartsWith('$'))
        {
            return (false, null);
        }

        var rest = path[1..];
        var node = root;
        var at = 0;
        while (at < rest.Length)
        {
            var step = Step().Match(rest, at);
            if (!step.Success || step.Index != at)
            {
                return (false, null);
            }

            at += step.Length;
            if (step.Groups["index"].Success)
            {
                var index = int.Parse(step.Groups["index"].Value, CultureInfo.InvariantCulture);
                if (node is not JsonArray array || index >= array.Count)
                {
                    return (false, null);
                }

                node = array[index];
            }
            else
            {
                var name = step.Groups["name"].Success ? step.Groups["name"].Value : step.Groups["quoted"].Value;
                if (node is not JsonObject obj || !obj.TryGetPropertyValue(name, out node))
                {
                    return (false, null);
                }
            }
        }

        return (true, node);
    }

    [GeneratedRegex(@"\.(?<name>[A-Za-z_][A-Za-z0-9_]*)|\['(?<quoted>[^']*)'\]|\[(?<index>\d+)\]")]
    private static partial Regex Step();
}
