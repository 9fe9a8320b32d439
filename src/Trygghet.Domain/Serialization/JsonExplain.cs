using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Text.RegularExpressions;

namespace Trygghet.Domain.Serialization;

/// <summary>
/// Explains in our own words, Swedish and English, why the serializer refused well-formed JSON: the contract is
/// walked to the refused value, so the message says what the value must be (a number, one of the allowed
/// names, ...) without quoting the serializer's text or any .NET type name. Runs only on the error path.
/// </summary>
internal static partial class JsonExplain
{
    /// <summary>The path and explanation of a serializer refusal, or null when the input cannot be parsed.</summary>
    public static (string Path, LocalizedText Text)? Refusal(
        ReadOnlySpan<byte> utf8Json, JsonTypeInfo root, JsonSerializerOptions options, int maxDepth, JsonException error)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8Json.ToArray(), new JsonDocumentOptions { MaxDepth = maxDepth });
        }
        catch (JsonException)
        {
            return null;
        }

        using (document)
        {
            var path = error.Path ?? JsonPath.Root;
            var steps = Steps(path);
            var (element, info, parent, reached) = Resolve(document.RootElement, root, options, steps);
            var resolvedPath = Join(steps, reached);
            if (reached < steps.Count)
            {
                // The path goes on into a property the contract does not know, or one that is missing.
                if (steps[reached].Name is { } unknown && info.Kind == JsonTypeInfoKind.Object
                    && element.ValueKind == JsonValueKind.Object && element.TryGetProperty(unknown, out _)
                    && info.Properties.All(p => p.Name != unknown))
                {
                    return (Join(steps, reached + 1), UnknownProperty(unknown, info));
                }

                return (resolvedPath, Missing(element, info) ?? Unreadable());
            }

            if (parent is { ValueKind: JsonValueKind.Object } p && steps.Count > 0
                && steps[^1].Name is { } name && Count(p, name) > 1)
            {
                return (resolvedPath, new LocalizedText(
                    $"Egenskapen \"{name}\" förekommer mer än en gång.",
                    $"The property \"{name}\" occurs more than once."));
            }

            return (resolvedPath, Missing(element, info) ?? Expected(element, info, options));
        }
    }

    /// <summary>What a refused value must be, by the contract's type at that place.</summary>
    public static LocalizedText Expected(JsonElement element, JsonTypeInfo info, JsonSerializerOptions options)
    {
        var type = Nullable.GetUnderlyingType(info.Type) ?? info.Type;
        if (element.ValueKind == JsonValueKind.Null && Nullable.GetUnderlyingType(info.Type) is null)
        {
            return new LocalizedText("Värdet får inte vara null.", "The value must not be null.");
        }

        if (type.IsEnum)
        {
            var allowed = string.Join(", ", Enum.GetNames(type).Select(n => "\"" + JsonNamingPolicy.CamelCase.ConvertName(n) + "\""));
            return element.ValueKind == JsonValueKind.String
                ? new LocalizedText(
                    $"Okänt värde \"{element.GetString()}\"; tillåtna värden: {allowed}.",
                    $"Unknown value \"{element.GetString()}\"; allowed values: {allowed}.")
                : new LocalizedText(
                    $"Värdet ska vara en sträng, ett av: {allowed}.",
                    $"The value must be a string, one of: {allowed}.");
        }

        var (swedish, english) = type switch
        {
            _ when type == typeof(string) => ("en sträng", "a string"),
            _ when type == typeof(bool) => ("true eller false", "true or false"),
            _ when type == typeof(int) => ($"ett heltal mellan {int.MinValue.ToString(CultureInfo.InvariantCulture)} och {int.MaxValue.ToString(CultureInfo.InvariantCulture)}", $"a whole number between {int.MinValue.ToString(CultureInfo.InvariantCulture)} and {int.MaxValue.ToString(CultureInfo.InvariantCulture)}"),
            _ when type == typeof(long) => ("ett heltal", "a whole number"),
            _ when type == typeof(decimal) || type == typeof(double) => ("ett tal", "a number"),
            _ when type == typeof(TimeOnly) => ("en tid på formen TT:MM:SS, t.ex. \"18:30:00\"", "a time written HH:mm:ss, e.g. \"18:30:00\""),
            _ when info.Kind == JsonTypeInfoKind.Enumerable => ("en lista", "an array"),
            _ when info.Kind == JsonTypeInfoKind.Object => ("ett objekt", "an object"),
            _ => (null, null),
        };

        return swedish is null
            ? Unreadable()
            : new LocalizedText($"Värdet ska vara {swedish}.", $"The value must be {english}.");
    }

    // A constructor's refusal: the domain guards carry a Swedish text; other argument checks are described by kind.
    public static LocalizedText Refused(Exception cause, bool blank)
    {
        var english = cause.Message.ReplaceLineEndings(" ");
        if (cause is ArgumentException { ParamName: { } name })
        {
            var cut = english.IndexOf(" (Parameter '" + name + "')", StringComparison.Ordinal);
            english = (cut < 0 ? english : english[..cut]) + " ('" + JsonNamingPolicy.CamelCase.ConvertName(name) + "')";
        }

        var swedish = DomainGuards.SwedishMessage(cause) ?? (blank
            ? "Texten får inte vara tom."
            : cause switch
            {
                ArgumentNullException => "Värdet saknas.",
                ArgumentOutOfRangeException => "Värdet ligger utanför det tillåtna.",
                _ => "Värdet godtas inte.",
            });
        return new LocalizedText(
            swedish,
            blank && DomainGuards.SwedishMessage(cause) is null && cause is ArgumentException { ParamName: { } parameter }
                ? $"The text must not be empty ('{JsonNamingPolicy.CamelCase.ConvertName(parameter)}')."
                : english);
    }

    private static LocalizedText Unreadable() => new("Värdet kan inte läsas här.", "The value cannot be read here.");

    private static LocalizedText UnknownProperty(string name, JsonTypeInfo info) => new(
        $"Okänd egenskap \"{name}\"; tillåtna: {Names(info)}.",
        $"Unknown property \"{name}\"; allowed: {Names(info)}.");

    private static string Names(JsonTypeInfo info) => string.Join(", ", info.Properties.Select(p => "\"" + p.Name + "\""));

    // Required properties that the object lacks, or null.
    private static LocalizedText? Missing(JsonElement element, JsonTypeInfo info)
    {
        if (info.Kind != JsonTypeInfoKind.Object || element.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var missing = info.Properties
            .Where(p => p.IsRequired || p.AssociatedParameter is { HasDefaultValue: false, IsMemberInitializer: false })
            .Where(p => !element.TryGetProperty(p.Name, out _))
            .Select(p => "'" + p.Name + "'")
            .ToList();
        if (missing.Count == 0)
        {
            var unknown = element.EnumerateObject()
                .Select(p => p.Name)
                .FirstOrDefault(n => n != JsonContract.DiscriminatorName && info.Properties.All(p => p.Name != n));
            return unknown is null ? null : UnknownProperty(unknown, info);
        }

        var list = string.Join(", ", missing);
        return new LocalizedText($"Obligatoriska egenskaper saknas: {list}.", $"Required properties are missing: {list}.");
    }

    private static int Count(JsonElement obj, string name) => obj.EnumerateObject().Count(p => p.NameEquals(name));

    private static (JsonElement Element, JsonTypeInfo Info, JsonElement? Parent, int Reached) Resolve(
        JsonElement element, JsonTypeInfo info, JsonSerializerOptions options, List<Step> steps)
    {
        JsonElement? parent = null;
        info = JsonBlame.Concrete(element, info, options);
        for (var i = 0; i < steps.Count; i++)
        {
            var step = steps[i];
            JsonElement next;
            JsonTypeInfo nextInfo;
            if (step.Name is { } name)
            {
                var property = info.Kind == JsonTypeInfoKind.Object ? info.Properties.FirstOrDefault(p => p.Name == name) : null;
                if (property is null || element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out next))
                {
                    return (element, info, parent, i);
                }

                nextInfo = options.GetTypeInfo(property.PropertyType);
            }
            else
            {
                if (info.ElementType is not { } elementType || element.ValueKind != JsonValueKind.Array
                    || step.Index >= element.GetArrayLength())
                {
                    return (element, info, parent, i);
                }

                next = element[step.Index];
                nextInfo = options.GetTypeInfo(elementType);
            }

            parent = element;
            element = next;
            info = JsonBlame.Concrete(next, nextInfo, options);
        }

        return (element, info, parent, steps.Count);
    }

    private readonly record struct Step(string? Name, int Index);

    private static List<Step> Steps(string path)
    {
        var steps = new List<Step>();
        foreach (Match match in PathStep().Matches(path))
        {
            if (match.Groups["name"].Success)
            {
                steps.Add(new Step(match.Groups["name"].Value, -1));
            }
            else if (match.Groups["quoted"].Success)
            {
                steps.Add(new Step(match.Groups["quoted"].Value, -1));
            }
            else
            {
                steps.Add(new Step(null, int.Parse(match.Groups["index"].Value, CultureInfo.InvariantCulture)));
            }
        }

        return steps;
    }

    private static string Join(List<Step> steps, int count)
    {
        var path = JsonPath.Root;
        for (var i = 0; i < count && i < steps.Count; i++)
        {
            path = steps[i].Name is { } name ? JsonPath.Member(path, name) : JsonPath.Item(path, steps[i].Index);
        }

        return path;
    }

    [GeneratedRegex(@"\.(?<name>[^.\[]+)|\['(?<quoted>[^']*)'\]|\[(?<index>\d+)\]")]
    private static partial Regex PathStep();
}
