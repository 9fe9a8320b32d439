using System.Text.Json.Nodes;
using Trygghet.Domain.Common;
using Trygghet.Domain.Serialization;

namespace Trygghet.Domain.Tests.Docs;

/// <summary>
/// The schemas explain themselves: every property says what it means in Swedish ("description") and English
/// ("x-description-en"), every enum value has its meaning in both languages ("x-enum-descriptions",
/// "x-enum-descriptions-en").
/// </summary>
public sealed class SchemaDescriptionTests
{
    // Every kind that has a schema: a new kind fails here until its texts are written.
    public static TheoryData<DocumentKind> DescribedKinds => [.. TrygghetJsonSchema.Kinds];

    [Theory]
    [MemberData(nameof(DescribedKinds))]
    public void Schema_EveryPropertyAndEnumValue_IsExplainedInSwedishAndEnglish(DocumentKind kind)
    {
        var schema = JsonNode.Parse(TrygghetJsonSchema.For(kind))!.AsObject();
        var missing = new List<string>();
        Walk(schema, "$", missing);

        Assert.True(missing.Count == 0, $"{kind}:\n" + string.Join('\n', missing));
    }

    [Fact]
    public void CitizenPromise_ValidityStart_SaysThatNullMeansFromTheDecisionDate()
    {
        var start = JsonNode.Parse(TrygghetJsonSchema.For(DocumentKind.CitizenPromise))!["properties"]!["validity"]!["properties"]!["start"]!;

        Assert.Contains("null", start["type"]!.AsArray().Select(t => t!.GetValue<string>()));
        Assert.Contains("null betyder att löftet gäller från och med beslutsdatum", start["description"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("null means the promise applies from the decision date", start[SchemaTexts.EnglishDescription]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public void Protocol_Notice_SaysThatNullMeansNoNoticeRecordedAndNoAppealPeriod()
    {
        var notice = JsonNode.Parse(TrygghetJsonSchema.For(DocumentKind.Protocol))!["properties"]!["notice"]!;

        Assert.Contains("null", notice["type"]!.AsArray().Select(t => t!.GetValue<string>()));
        Assert.Contains("null betyder att inget anslag är noterat; då börjar ingen överklagandetid löpa", notice["description"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("null means no notice is recorded; then no appeal period starts", notice[SchemaTexts.EnglishDescription]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ProtocolKinds))]
    public void Notice_Removed_IsANullableDateThatSaysWhatNullMeans(DocumentKind kind)
    {
        // A constructor parameter with a default whose value has its own converter: the exporter leaves it bare.
        var schema = TrygghetJsonSchema.For(kind);
        var removed = JsonNode.Parse(schema)!["properties"]!["notice"]!["properties"]!["removed"]!;

        Assert.Equal(["string", "null"], removed["type"]!.AsArray().Select(t => t!.GetValue<string>()));
        Assert.Equal("date", removed["format"]!.GetValue<string>());
        Assert.NotNull(removed["pattern"]);
        Assert.StartsWith("Datum för anslags nedtagande; null så länge anslaget sitter uppe", removed["description"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("null while the notice is up", removed[SchemaTexts.EnglishDescription]!.GetValue<string>(), StringComparison.Ordinal);
    }

    public static TheoryData<DocumentKind> ProtocolKinds => [DocumentKind.Protocol, DocumentKind.ProtocolExtract];

    [Fact]
    public void CitizenPromise_QuotaPeriod_ExplainsTermAndSchoolYear()
    {
        var per = JsonNode.Parse(TrygghetJsonSchema.For(DocumentKind.CitizenPromise))!
            ["properties"]!["commitments"]!["items"]!["properties"]!["quota"]!["properties"]!["per"]!;

        Assert.Contains("januari-juni", per[SchemaTexts.EnumDescriptions]!["term"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("August-June", per[SchemaTexts.EnglishEnumDescriptions]!["schoolYear"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public void SchemaTexts_SwedishAndEnglish_HaveTheSameKeysAndDifferentTexts()
    {
        Assert.Equal(SwedishSchemaTexts.Properties.Keys.Order(StringComparer.Ordinal), EnglishSchemaTexts.Properties.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(SwedishSchemaTexts.EnumValues.Keys.Order(StringComparer.Ordinal), EnglishSchemaTexts.EnumValues.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(SwedishSchemaTexts.Formats.Keys.Order(StringComparer.Ordinal), EnglishSchemaTexts.Formats.Keys.Order(StringComparer.Ordinal));
        Assert.All(SwedishSchemaTexts.Properties, p => Assert.NotEqual(p.Value, EnglishSchemaTexts.Properties[p.Key]));
        Assert.All(SwedishSchemaTexts.EnumValues, p => Assert.NotEqual(p.Value, EnglishSchemaTexts.EnumValues[p.Key]));
    }

    [Fact]
    public void SchemaTexts_EveryKeyIsUsedBySomeSchema()
    {
        var all = string.Join('\n', TrygghetJsonSchema.Kinds.Select(TrygghetJsonSchema.For));

        // A description may go on with a note on the value's written form: compare up to the text's end.
        Assert.All(SwedishSchemaTexts.Properties.Values, text => Assert.Contains(JsonValue.Create(text).ToJsonString(Unescaped)[..^1], all, StringComparison.Ordinal));
        Assert.All(SwedishSchemaTexts.EnumValues.Values, text => Assert.Contains(JsonValue.Create(text).ToJsonString(Unescaped)[..^1], all, StringComparison.Ordinal));
    }

    private static readonly System.Text.Json.JsonSerializerOptions Unescaped = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static void Walk(JsonNode? node, string path, List<string> missing)
    {
        switch (node)
        {
            case JsonObject o:
                if (o["properties"] is JsonObject properties)
                {
                    foreach (var (name, property) in properties)
                    {
                        foreach (var key in new[] { "description", SchemaTexts.EnglishDescription })
                        {
                            if (property?[key] is not JsonValue v || string.IsNullOrWhiteSpace(v.GetValue<string>()))
                            {
                                missing.Add($"{path}.{name}: no {key}");
                            }
                        }
                    }
                }

                if (o["enum"] is JsonArray values && o["const"] is null)
                {
                    foreach (var value in values.Select(v => v?.GetValue<string>()).OfType<string>())
                    {
                        foreach (var key in new[] { SchemaTexts.EnumDescriptions, SchemaTexts.EnglishEnumDescriptions })
                        {
                            if (o[key]?[value] is null)
                            {
                                missing.Add($"{path}: enum value {value} has no {key}");
                            }
                        }
                    }
                }

                foreach (var (name, child) in o)
                {
                    Walk(child, $"{path}.{name}", missing);
                }

                break;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++)
                {
                    Walk(a[i], $"{path}[{i}]", missing);
                }

                break;
        }
    }
}
