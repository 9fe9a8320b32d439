using System.Globalization;
using System.Text.Json.Nodes;

namespace Trygghet.Domain.Serialization;

/// <summary>
/// Writes the schema texts of <see cref="SwedishSchemaTexts"/> and <see cref="EnglishSchemaTexts"/> into a schema
/// node: Swedish in the standard "description" annotation, English in "x-description-en"; an enum's values with
/// their meanings in "x-enum-descriptions" (Swedish) and "x-enum-descriptions-en" (English), objects from value to
/// meaning. JSON Schema 2020-12 lets a schema carry keywords it does not define; validators ignore them.
/// </summary>
internal static class SchemaTexts
{
    public const string EnglishDescription = "x-description-en";
    public const string EnumDescriptions = "x-enum-descriptions";
    public const string EnglishEnumDescriptions = "x-enum-descriptions-en";

    /// <summary>Describes a property by its key "DeclaringType.jsonName", with the note on its written form if any.</summary>
    public static void Describe(JsonObject schema, string key, string? format)
    {
        if (!SwedishSchemaTexts.Properties.TryGetValue(key, out var swedish) || !EnglishSchemaTexts.Properties.TryGetValue(key, out var english))
        {
            return;
        }

        schema["description"] = WithFormat(swedish, SwedishSchemaTexts.Formats, format);
        schema[EnglishDescription] = WithFormat(english, EnglishSchemaTexts.Formats, format);
    }

    /// <summary>Lists the meaning of each value of an enum schema ("enum": [...]) that the catalogues know.</summary>
    public static void DescribeValues(JsonObject schema, Type enumType)
    {
        if (schema["enum"] is not JsonArray values)
        {
            return;
        }

        var swedish = new JsonObject();
        var english = new JsonObject();
        foreach (var value in values.Select(v => v?.GetValue<string>()).OfType<string>())
        {
            var key = $"{enumType.Name}.{value}";
            if (SwedishSchemaTexts.EnumValues.TryGetValue(key, out var sv) && EnglishSchemaTexts.EnumValues.TryGetValue(key, out var en))
            {
                swedish[value] = sv;
                english[value] = en;
            }
        }

        if (swedish.Count > 0)
        {
            schema[EnumDescriptions] = swedish;
            schema[EnglishEnumDescriptions] = english;
        }
    }

    private static string WithFormat(string text, Dictionary<string, string> formats, string? format) =>
        format is not null && formats.TryGetValue(format, out var note)
            ? text + " " + string.Format(CultureInfo.InvariantCulture, note, TrygghetLimits.DateSpan)
            : text;
}
