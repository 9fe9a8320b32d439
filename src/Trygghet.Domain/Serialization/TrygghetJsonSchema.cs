using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization.Metadata;

namespace Trygghet.Domain.Serialization;

/// <summary>
/// JSON-schema (JSON Schema of each top-level document), produced from the serializer's own contract with
/// <see cref="JsonSchemaExporter"/>, so the schema and the serializer cannot disagree. Shipped in docs/schema.
/// </summary>
/// <remarks>
/// The schema says what the reader requires: the "kind" constant, every required constructor parameter, no
/// unknown properties, null only where a value is optional, dates as yyyy-MM-dd within 1900-2200, case numbers
/// and measure numbers by pattern. It cannot say everything the reader checks (that 2021-02-30 does not exist,
/// that a range does not end before it starts): a document valid against the schema can still be refused by
/// <see cref="TrygghetJson.Deserialize(string, TrygghetJsonOptions?)"/>, never the other way round.
/// </remarks>
public static class TrygghetJsonSchema
{
    /// <summary>The schema dialect written in "$schema".</summary>
    public const string Dialect = "https://json-schema.org/draft/2020-12/schema";

    /// <summary>The document kinds that have a schema (every registered top-level document type).</summary>
    public static IReadOnlyList<DocumentKind> Kinds { get; } = [.. JsonContract.DocumentTypes.Select(d => d.Kind)];

    /// <summary>The schema of one kind of document, as indented JSON text.</summary>
    /// <param name="kind">The document kind.</param>
    /// <returns>The schema text, with "\n" line ends.</returns>
    /// <exception cref="ArgumentOutOfRangeException">No document type of that kind is registered.</exception>
    public static string For(DocumentKind kind)
    {
        var type = JsonContract.DocumentTypes.FirstOrDefault(d => d.Kind == kind).Type
            ?? Guard.Against.UnknownValue<Type>(kind);
        var options = TrygghetJson.SerializerOptions;
        var exporter = new JsonSchemaExporterOptions
        {
            TreatNullObliviousAsNonNullable = true,
            TransformSchemaNode = Describe,
        };
        var schema = JsonSchemaExporter.GetJsonSchemaAsNode(options, type, exporter).AsObject();

        // The document is read through IDocument: its "kind" discriminator is a required constant.
        var root = new JsonObject
        {
            ["$schema"] = Dialect,
            ["$id"] = $"https://raw.githubusercontent.com/trygghet-domain/Trygghet.Domain/main/docs/schema/{JsonContract.KindName(kind)}.schema.json",
            ["title"] = type.Name,
            ["description"] = DocumentKinds.Of(kind).SchemaDescription,
        };
        foreach (var (name, value) in schema.ToList())
        {
            schema.Remove(name);
            root[name] = value;
        }

        // "enum" repeats "const" for validators that predate "const" (draft 4 tools, NJsonSchema 10).
        var discriminator = new JsonObject
        {
            ["type"] = "string",
            ["const"] = JsonContract.KindName(kind),
            ["enum"] = new JsonArray(JsonContract.KindName(kind)),
        };
        SchemaTexts.Describe(discriminator, "Document.kind", format: null);
        var properties = new JsonObject { [JsonContract.DiscriminatorName] = discriminator };
        if (root["properties"] is JsonObject existing)
        {
            foreach (var (name, value) in existing.ToList())
            {
                existing.Remove(name);
                properties[name] = value;
            }
        }

        root["properties"] = properties;
        var required = new JsonArray(JsonContract.DiscriminatorName);
        if (root["required"] is JsonArray names)
        {
            foreach (var name in names.ToList())
            {
                names.Remove(name);
                required.Add(name);
            }
        }

        root["required"] = required;
        return root.ToJsonString(SchemaWriting).ReplaceLineEndings("\n") + "\n";
    }

    private static readonly JsonSerializerOptions SchemaWriting = new()
    {
        WriteIndented = true,
        IndentSize = 2,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };


    // Each property gets its meaning in Swedish and English (SchemaTexts), each enum the meaning of its values.
    private static JsonNode Describe(JsonSchemaExporterContext context, JsonNode schema)
    {
        var (node, format) = Precise(context.TypeInfo.Type, context.PropertyInfo, schema);
        if (node is JsonObject described)
        {
            CompleteBareProperties(context.TypeInfo, described);
            var type = Nullable.GetUnderlyingType(context.TypeInfo.Type) ?? context.TypeInfo.Type;
            if (type.IsEnum)
            {
                SchemaTexts.DescribeValues(described, type);
            }

            if (context.PropertyInfo is { DeclaringType: { } owner } property)
            {
                SchemaTexts.Describe(described, $"{owner.Name}.{property.Name}", format);
            }
        }

        return node;
    }

    // The exporter loses the transform of a property whose value has a custom converter and whose constructor
    // parameter has a default (a notice's "removed"): that node arrives bare, {"default": null}, and its owner
    // completes it here as any other property of its type.
    private static void CompleteBareProperties(JsonTypeInfo owner, JsonObject schema)
    {
        if (owner.Kind != JsonTypeInfoKind.Object || schema["properties"] is not JsonObject properties)
        {
            return;
        }

        foreach (var property in owner.Properties)
        {
            if (properties[property.Name] is not JsonObject bare || bare["type"] is not null || bare["$ref"] is not null)
            {
                continue;
            }

            var (node, format) = Precise(property.PropertyType, property, bare);
            if (!ReferenceEquals(node, bare) && node is JsonObject complete)
            {
                if (bare.TryGetPropertyValue("default", out var value))
                {
                    complete["default"] = value?.DeepClone();
                }

                SchemaTexts.Describe(complete, $"{property.DeclaringType.Name}.{property.Name}", format);
                properties[property.Name] = complete;
            }
        }
    }

    // Values written by custom converters get a precise schema instead of "anything"; the format names the note on
    // their written form (SchemaTexts.Formats).
    private static (JsonNode Node, string? Format) Precise(Type type, JsonPropertyInfo? propertyInfo, JsonNode schema)
    {
        // A converter's value gets no type from the exporter, so its nullability comes from the property.
        var nullable = Nullable.GetUnderlyingType(type) is not null
            || (!type.IsValueType && propertyInfo is { } property && (property.IsGetNullable || property.IsSetNullable));
        type = Nullable.GetUnderlyingType(type) ?? type;
        JsonObject? replacement = null;
        if (type == typeof(DateOnly))
        {
            replacement = Date();
        }
        else if (type == typeof(CaseNumber))
        {
            replacement = new JsonObject
            {
                ["type"] = "string",
                ["description"] = "Diarienummer, e.g. \"KS 25/0311\", \"SN 24/0057\", \"KS 2025/88\", \"2024KS/0203\".",
                ["pattern"] = "^\\s*(Dnr:?\\s*)?([A-ZÅÄÖ]{1,8} [0-9]{2}([0-9]{2})?|[0-9]{4}[A-ZÅÄÖ]{1,8})/[0-9]{1,6}\\s*$",
            };
        }
        else if (type == typeof(Agreements.MeasureNumber))
        {
            replacement = new JsonObject
            {
                ["type"] = "string",
                ["description"] = "Insatsnummer (measure number) \"area:ordinal\", e.g. \"1:3\".",
                ["pattern"] = "^[1-9][0-9]*:[1-9][0-9]*$",
            };
        }
        else if (type == typeof(DateRange))
        {
            replacement = Pair("start", Date(), "end", Date());
            SchemaTexts.Describe(replacement["properties"]!["start"]!.AsObject(), "DateRange.start", "date");
            SchemaTexts.Describe(replacement["properties"]!["end"]!.AsObject(), "DateRange.end", "date");
        }
        else if (type == typeof(ImpreciseDate))
        {
            replacement = ImpreciseDateSchema();
        }
        else if (type == typeof(ImprecisePeriod))
        {
            replacement = Pair("start", ImpreciseDateSchema(), "end", ImpreciseDateSchema());
            SchemaTexts.Describe(replacement["properties"]!["start"]!.AsObject(), "ImprecisePeriod.start", null);
            SchemaTexts.Describe(replacement["properties"]!["end"]!.AsObject(), "ImprecisePeriod.end", null);
        }
        else if (type == typeof(Finance.MoneyRange))
        {
            replacement = Pair("min", Amount(), "max", Amount());
            SchemaTexts.Describe(replacement["properties"]!["min"]!.AsObject(), "MoneyRange.min", null);
            SchemaTexts.Describe(replacement["properties"]!["max"]!.AsObject(), "MoneyRange.max", null);
        }

        if (replacement is null)
        {
            // The limits of TrygghetLimits that constructors check on plain numbers: amounts and years.
            if (schema is JsonObject number && propertyInfo is { } numeric)
            {
                if (type == typeof(decimal) && numeric.Name == "amount")
                {
                    number["minimum"] = 0;
                    number["maximum"] = TrygghetLimits.MaxAmount;
                }
                else if (type == typeof(int) && numeric.Name == "year"
                    && (numeric.DeclaringType == typeof(Finance.Appropriation) || numeric.DeclaringType == typeof(Councils.CouncilReportSubmission)))
                {
                    number["minimum"] = TrygghetLimits.FirstYear;
                    number["maximum"] = TrygghetLimits.LastYear;
                }
            }

            // A condition the schema leaves to the reader (no if/then here): say it.
            if (propertyInfo is { Name: "renamedTo" } renamed && renamed.DeclaringType == typeof(Plans.HandlingStep) && schema is JsonObject step)
            {
                step["description"] = "The new title: required when \"outcomes\" contains \"renamed\", otherwise absent or null.";
            }

            return (schema, null);
        }

        if (nullable || (schema is JsonObject o && o["type"] is JsonArray t && t.Any(x => x?.GetValue<string>() == "null")))
        {
            replacement["type"] = new JsonArray(replacement["type"]!.GetValue<string>(), "null");
        }

        var format = type == typeof(DateOnly) ? "date" : type == typeof(CaseNumber) ? "caseNumber" : type == typeof(Agreements.MeasureNumber) ? "measureNumber" : null;
        return (replacement, format);
    }

    private static JsonObject Amount() => new()
    {
        ["type"] = "number",
        ["minimum"] = 0,
        ["maximum"] = TrygghetLimits.MaxAmount,
    };

    private static JsonObject ImpreciseDateSchema() => new()
    {
        ["type"] = "string",
        ["description"] = "YYYY-MM-DD, YYYY-MM, YYYY-spring|summer|autumn|winter or YYYY.",
        ["pattern"] = "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?|-(spring|summer|autumn|winter))?$",
    };

    private static JsonObject Date() => new()
    {
        ["type"] = "string",
        ["format"] = "date",
        ["description"] = $"yyyy-MM-dd, {TrygghetLimits.DateSpan}; the date must exist.",
        ["pattern"] = "^(" + Centuries() + ")[0-9]{2}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$",
    };

    // The supported years are whole centuries (1900-2199): "19|20|21".
    private static string Centuries() => string.Join(
        '|',
        Enumerable.Range(TrygghetLimits.FirstYear / 100, (TrygghetLimits.LastYear / 100) - (TrygghetLimits.FirstYear / 100) + 1)
            .Select(c => c.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    private static JsonObject Pair(string first, JsonObject firstSchema, string second, JsonObject secondSchema) => new()
    {
        ["type"] = "object",
        ["properties"] = new JsonObject { [first] = firstSchema, [second] = secondSchema },
        ["required"] = new JsonArray(first, second),
        ["additionalProperties"] = false,
    };
}
