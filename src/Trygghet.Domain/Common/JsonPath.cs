using System.Buffers;
using System.Globalization;

namespace Trygghet.Domain.Common;

/// <summary>
/// Sökväg i JSON (builds the path of a place in a document's JSON) in the style of System.Text.Json's read
/// errors: <c>$</c> for the document, <c>$.validity.end</c>, <c>$.agreements[1].actionPlan.measures[24].number</c>.
/// Facts, findings and read errors all name places this way, so a finding's path is the path a read error
/// would give for the same place.
/// </summary>
internal static class JsonPath
{
    /// <summary>The document as a whole.</summary>
    public const string Root = "$";

    // The characters after which System.Text.Json writes a property name as ['name'] instead of .name.
    private static readonly SearchValues<char> Special = SearchValues.Create(". '/\"[]()\t\n\r\f\b\\\u0085\u2028\u2029");

    /// <summary>The path of property <paramref name="name"/> of the value at <paramref name="parent"/>.</summary>
    /// <param name="parent">The path of the object, e.g. <c>$.validity</c>.</param>
    /// <param name="name">The property's JSON name, e.g. <c>end</c>.</param>
    /// <returns>E.g. <c>$.validity.end</c>.</returns>
    public static string Member(string parent, string name) =>
        name.AsSpan().ContainsAny(Special) ? parent + "['" + name + "']" : parent + "." + name;

    /// <summary>The path of item <paramref name="index"/> of the array at <paramref name="parent"/>.</summary>
    /// <param name="parent">The path of the array, e.g. <c>$.areas</c>.</param>
    /// <param name="index">The item's index, from 0.</param>
    /// <returns>E.g. <c>$.areas[2]</c>.</returns>
    public static string Item(string parent, int index) =>
        parent + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";

    /// <summary>The path of item <paramref name="index"/> of array property <paramref name="name"/> of <paramref name="parent"/>.</summary>
    /// <param name="parent">The path of the object holding the array.</param>
    /// <param name="name">The array's property name.</param>
    /// <param name="index">The item's index, from 0.</param>
    /// <returns>E.g. <c>$.areas[2].topics[0]</c>.</returns>
    public static string Item(string parent, string name, int index) => Item(Member(parent, name), index);

    /// <summary>The path of the object or array holding the value at <paramref name="path"/>; <c>$</c> for the root.</summary>
    /// <param name="path">A path built by this class, e.g. <c>$.notice.posted</c> or <c>$.areas[2]</c>.</param>
    /// <returns>E.g. <c>$.notice</c> or <c>$.areas</c>.</returns>
    public static string Parent(string path)
    {
        if (path.EndsWith("']", StringComparison.Ordinal))
        {
            return path[..path.LastIndexOf("['", StringComparison.Ordinal)];
        }

        var cut = path.EndsWith(']') ? path.LastIndexOf('[') : path.LastIndexOf('.');
        return cut > 0 ? path[..cut] : Root;
    }

    /// <summary>
    /// A path as reported by a rule, in this style: a path that already starts at <c>$</c> is kept; a path written
    /// from the document's root without it (<c>validity.end</c>, as rules written before paths began at
    /// <c>$</c> give them) is read from the root; an empty path is the document.
    /// </summary>
    /// <param name="path">The path as given.</param>
    /// <returns>The path starting with <c>$</c>.</returns>
    public static string FromRoot(string path) =>
        path.Length == 0 ? Root
        : path[0] == '$' ? path
        : path[0] == '[' ? Root + path
        : Root + "." + path;
}
