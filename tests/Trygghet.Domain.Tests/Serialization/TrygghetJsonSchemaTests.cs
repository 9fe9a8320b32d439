using System.Text.Json.Nodes;
using NJsonSchema.Validation;
using Trygghet.Domain.Common;
using Trygghet.Domain.Serialization;
using Trygghet.Domain.Tests.Docs;

namespace Trygghet.Domain.Tests.Serialization;

/// <summary>The sample documents validate against their schemas, and the schemas refuse what the reader refuses.</summary>
public sealed class TrygghetJsonSchemaTests
{
    public static TheoryData<string> SeedNames => SampleDocumentsTests.SeedNames;

    private static DocumentKind KindOf(string name) => SampleDocumentsTests.Seed(name).Document.Kind;

    private static JsonObject SampleNode(string name) => JsonNode.Parse(SampleDocumentsTests.ReadSample(name))!.AsObject();

    [Theory]
    [MemberData(nameof(SeedNames))]
    public async Task Validate_SampleFile_AgainstItsSchema_NoErrors(string name)
    {
        var errors = await SchemaValidation.Validate(KindOf(name), SampleDocumentsTests.ReadSample(name));

        Assert.True(errors.Count == 0, SchemaValidation.Describe(errors));
    }

    [Theory]
    [MemberData(nameof(SeedNames))]
    public async Task Validate_SampleWithoutKind_Fails(string name)
    {
        var node = SampleNode(name);
        node.Remove("kind");

        var errors = await SchemaValidation.Validate(KindOf(name), node.ToJsonString());

        Assert.Contains(errors, e => e.Kind == ValidationErrorKind.PropertyRequired && e.Property == "kind");
    }

    [Theory]
    [MemberData(nameof(SeedNames))]
    public async Task Validate_SampleWithAnotherKind_Fails(string name)
    {
        var node = SampleNode(name);
        var other = Enum.GetValues<DocumentKind>().First(k => k != KindOf(name));
        node["kind"] = TrygghetJson.KindName(other);

        var errors = await SchemaValidation.Validate(KindOf(name), node.ToJsonString());

        Assert.Contains(errors, e => e.Property == "kind");
    }

    [Theory]
    [MemberData(nameof(SeedNames))]
    public async Task Validate_SampleWithUnknownProperty_Fails(string name)
    {
        var node = SampleNode(name);
        node.Add("unknownProperty", "x");

        var errors = await SchemaValidation.Validate(KindOf(name), node.ToJsonString());

        Assert.Contains(errors, e => e.Kind == ValidationErrorKind.NoAdditionalPropertiesAllowed && e.Property == "unknownProperty");
    }

    [Theory]
    [InlineData("2021-13-01")]
    [InlineData("2021-00-10")]
    [InlineData("2021-01-32")]
    [InlineData("3000-01-01")]
    [InlineData("1899-12-31")]
    [InlineData("yesterday")]
    [InlineData("2021-1-1")]
    public async Task Validate_MalformedDate_FailsInSchemaAndReader(string date)
    {
        var node = SampleNode("cooperation-agreement-2022");
        node["validity"]!["start"] = date;

        var errors = await SchemaValidation.Validate(DocumentKind.CooperationAgreement, node.ToJsonString());
        var read = TrygghetJson.Deserialize(node.ToJsonString());

        Assert.Contains(errors, e => e.Path == "#/validity.start");
        Assert.False(read.IsSuccess);
        Assert.Equal("$.validity.start", read.Error.Path);
    }

    [Theory]
    [InlineData("KS 20-0600")]
    [InlineData("20/0600")]
    [InlineData("")]
    public async Task Validate_MalformedCaseNumber_FailsInSchemaAndReader(string caseNumber)
    {
        var node = SampleNode("cooperation-agreement-2022");
        node["caseNumber"] = caseNumber;

        var errors = await SchemaValidation.Validate(DocumentKind.CooperationAgreement, node.ToJsonString());
        var read = TrygghetJson.Deserialize(node.ToJsonString());

        Assert.Contains(errors, e => e.Path == "#/caseNumber");
        Assert.False(read.IsSuccess);
        Assert.Equal("$.caseNumber", read.Error.Path);
    }

    [Fact]
    public async Task Validate_NumberForString_Fails()
    {
        var node = SampleNode("cooperation-agreement-2022");
        node["title"] = 5;

        var errors = await SchemaValidation.Validate(DocumentKind.CooperationAgreement, node.ToJsonString());

        Assert.Contains(errors, e => e.Kind == ValidationErrorKind.StringExpected && e.Path == "#/title");
    }

    [Fact]
    public async Task Validate_NestedRequiredMissing_Fails()
    {
        var node = SampleNode("cooperation-agreement-2022");
        node["parties"]![0]!.AsObject().Remove("name");

        var errors = await SchemaValidation.Validate(DocumentKind.CooperationAgreement, node.ToJsonString());

        Assert.NotEmpty(errors);
    }

    [Theory]
    [MemberData(nameof(SeedNames))]
    public void Schema_Root_RequiresKindAsConst(string name)
    {
        var kind = KindOf(name);
        var schema = JsonNode.Parse(TrygghetJsonSchema.For(kind))!;

        Assert.Equal(TrygghetJsonSchema.Dialect, (string?)schema["$schema"]);
        Assert.EndsWith($"/{TrygghetJson.KindName(kind)}.schema.json", (string?)schema["$id"], StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace((string?)schema["description"]));
        Assert.Equal(TrygghetJson.KindName(kind), (string?)schema["properties"]!["kind"]!["const"]);
        Assert.Contains("kind", schema["required"]!.AsArray().Select(n => (string?)n));
        Assert.False((bool)schema["additionalProperties"]!);
    }

    [Fact]
    public void For_UnregisteredKind_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => TrygghetJsonSchema.For((DocumentKind)999));

    // Conditions between properties that the schema does not express (it has no if/then); the reader enforces them.
    private static readonly HashSet<string> ConditionalProperties =
    [
        "renamedTo", // HandlingStep: required exactly when outcomes contains "renamed", else absent or null.
    ];

    // Every property of the sample (first items of each array): removing it is refused by the reader exactly
    // when the schema lists it as required, and null is refused exactly when the schema's type has no "null".
    [Theory]
    [MemberData(nameof(SeedNames))]
    public void Schema_RequiredAndNullable_AgreeWithTheReader(string name)
    {
        var sample = SampleNode(name);
        var schema = JsonNode.Parse(TrygghetJsonSchema.For(KindOf(name)))!;
        var disagreements = new List<string>();
        var checkedProperties = 0;
        Walk(schema, schema, sample, [], (steps, required, nullable) =>
        {
            checkedProperties++;
            var removed = Mutate(sample, steps, (parent, key) => parent.AsObject().Remove(key));
            var read = TrygghetJson.Deserialize(removed);
            if (read.IsSuccess == required)
            {
                disagreements.Add($"{Render(steps)}: schema says {(required ? "required" : "optional")}, the reader disagrees");
            }
            else if (read.IsSuccess && !WritesBack(read.Value))
            {
                disagreements.Add($"{Render(steps)}: read when omitted, but the document cannot be written back");
            }

            if (nullable is { } allowsNull)
            {
                var nulled = Mutate(sample, steps, (parent, key) => parent[key] = null);
                if (TrygghetJson.Deserialize(nulled).IsSuccess != allowsNull)
                {
                    disagreements.Add($"{Render(steps)}: schema {(allowsNull ? "allows" : "refuses")} null, the reader disagrees");
                }
            }
        });

        Assert.True(checkedProperties > 5, $"only {checkedProperties} properties checked");
        Assert.True(disagreements.Count == 0, string.Join("\n", disagreements));
    }

    private static bool WritesBack(IDocument document)
    {
        try
        {
            return document.Equals(TrygghetJson.Deserialize(TrygghetJson.Serialize(document)).Value);
        }
        catch (System.Text.Json.JsonException)
        {
            return false;
        }
    }

    private static string Render(List<object> steps) =>
        "$" + string.Concat(steps.Select(s => s is int i ? $"[{i}]" : "." + s));

    private static string Mutate(JsonObject root, List<object> steps, Action<JsonNode, string> change)
    {
        var clone = root.DeepClone();
        var node = clone;
        foreach (var step in steps.Take(steps.Count - 1))
        {
            node = step is int i ? node[i]! : node[(string)step]!;
        }

        change(node, (string)steps[^1]);
        return clone.ToJsonString();
    }

    private static JsonNode Resolve(JsonNode root, JsonNode schema)
    {
        while (schema is JsonObject o && o["$ref"] is JsonValue reference)
        {
            var pointer = (string)reference!;
            schema = root;
            foreach (var segment in pointer.TrimStart('#').Split('/', StringSplitOptions.RemoveEmptyEntries))
            {
                schema = schema[segment]!;
            }
        }

        return schema;
    }

    private static bool? AllowsNull(JsonNode schema)
    {
        if (schema["type"] is { } type)
        {
            return type is JsonArray types ? types.Any(t => (string?)t == "null") : (string?)type == "null";
        }

        return schema["enum"] is JsonArray values ? values.Any(v => v is null) : null;
    }

    private static void Walk(JsonNode root, JsonNode schema, JsonNode? instance, List<object> steps, Action<List<object>, bool, bool?> visit)
    {
        schema = Resolve(root, schema);
        if (instance is JsonObject obj && schema["properties"] is JsonObject properties)
        {
            var required = schema["required"]?.AsArray().Select(n => (string?)n).ToHashSet() ?? [];
            foreach (var (key, value) in obj.ToList())
            {
                if (properties[key] is not { } sub || (steps.Count == 0 && key == "kind") || ConditionalProperties.Contains(key))
                {
                    continue;
                }

                sub = Resolve(root, sub);
                List<object> path = [.. steps, key];
                visit(path, required.Contains(key), AllowsNull(sub));
                Walk(root, sub, value, path, visit);
            }
        }
        else if (instance is JsonArray array && schema["items"] is { } items)
        {
            for (var i = 0; i < Math.Min(array.Count, 2); i++)
            {
                Walk(root, items, array[i], [.. steps, i], visit);
            }
        }
    }
}
