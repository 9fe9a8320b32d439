using System.Text;
using System.Text.Json.Nodes;
using Trygghet.Domain.Common;
using Trygghet.Domain.Serialization;
using Trygghet.Domain.Tests.Docs;
using Trygghet.Domain.Validation;

namespace Trygghet.Domain.Tests.Serialization;

/// <summary>
/// Bad document input (issue 6, item 3), on the real sample documents: every case is a failed result with a JSON
/// path and a message in Swedish and English, never an exception.
/// </summary>
public sealed class TrygghetJsonDocumentErrorTests
{
    private const string Agreement = "cooperation-agreement-2022";
    private const string Protocol = "protocol-safety-committee-2020-11-20";
    private const string Council = "council-report-varmdo-2017";

    private static string Sample(string name) => SampleDocumentsTests.ReadSample(name);

    private static JsonObject Node(string name) => JsonNode.Parse(Sample(name))!.AsObject();

    private static JsonReadError AssertRefused(JsonReadResult<IDocument> result, string? path)
    {
        Assert.False(result.IsSuccess, "expected a read error");
        if (path is "$*")
        {
            Assert.StartsWith("$", result.Error.Path, StringComparison.Ordinal);
        }
        else
        {
            Assert.Equal(path, result.Error.Path);
        }

        Assert.False(string.IsNullOrWhiteSpace(result.Error.Message.Swedish));
        Assert.False(string.IsNullOrWhiteSpace(result.Error.Message.English));
        Assert.NotEqual(result.Error.Message.Swedish, result.Error.Message.English);
        return result.Error;
    }

    private static JsonReadError AssertRefused(JsonObject node, string? path) =>
        AssertRefused(TrygghetJson.Deserialize(node.ToJsonString()), path);

    [Theory]
    [InlineData(1)]
    [InlineData(100)]
    [InlineData(2000)]
    public void Deserialize_Truncated_InvalidJsonWithPosition(int keep)
    {
        var error = AssertRefused(TrygghetJson.Deserialize(Sample(Agreement)[..keep]), "$*");

        Assert.StartsWith("Invalid JSON", error.Message.English, StringComparison.Ordinal);
        Assert.StartsWith("Ogiltig JSON", error.Message.Swedish, StringComparison.Ordinal);
        Assert.NotNull(error.LineNumber);
    }

    [Fact]
    public void Deserialize_TruncatedInsideAnArea_ErrorAtThatArea()
    {
        var json = Sample(Agreement);
        var cut = json.IndexOf("\"title\"", json.IndexOf("\"areas\"", StringComparison.Ordinal), StringComparison.Ordinal) + 12;

        var error = AssertRefused(TrygghetJson.Deserialize(json[..cut]), "$.areas[0].title");

        Assert.StartsWith("Invalid JSON", error.Message.English, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_MissingCommaBetweenAreas_ErrorAtTheItemThatCannotBeRead()
    {
        var json = Sample(Agreement);
        var second = json.IndexOf("\"number\": 2", StringComparison.Ordinal);
        var comma = json.LastIndexOf("},", second, StringComparison.Ordinal) + 1;

        AssertRefused(TrygghetJson.Deserialize(json.Remove(comma, 1)), "$.areas[1]");
    }

    [Theory]
    [InlineData("x")]
    [InlineData("}")]
    [InlineData("{}")]
    [InlineData(",")]
    public void Deserialize_TrailingGarbage_InvalidJson(string garbage)
    {
        var error = AssertRefused(TrygghetJson.Deserialize(Sample(Agreement) + garbage), "$");

        Assert.StartsWith("Invalid JSON", error.Message.English, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_InvalidUtf8_InvalidJson()
    {
        var bytes = Encoding.UTF8.GetBytes(Sample(Agreement));
        bytes[Sample(Agreement).IndexOf("Samverkans", StringComparison.Ordinal)] = 0xFF;

        AssertRefused(TrygghetJson.Deserialize(bytes), "$.title");
    }

    [Theory]
    [InlineData("title", "5", "$.title")]
    [InlineData("title", "true", "$.title")]
    [InlineData("title", "[]", "$.title")]
    [InlineData("caseNumber", "20600", "$.caseNumber")]
    [InlineData("validity", "\"2022-01-01..2023-12-31\"", "$.validity")]
    [InlineData("parties", "{}", "$.parties")]
    [InlineData("areas", "\"none\"", "$.areas")]
    public void Deserialize_WrongTokenType_ErrorAtTheValue(string property, string json, string path)
    {
        var node = Node(Agreement);
        node[property] = JsonNode.Parse(json);

        AssertRefused(node, path);
    }

    [Fact]
    public void Deserialize_StringForNumber_ErrorAtTheValue()
    {
        var node = Node(Agreement);
        node["areas"]![0]!["number"] = "1";

        AssertRefused(node, "$.areas[0].number");
    }

    [Fact]
    public void Deserialize_MissingKind_ErrorAtRootNamesKind()
    {
        var node = Node(Agreement);
        node.Remove("kind");

        var error = AssertRefused(node, "$");

        Assert.Contains("\"kind\"", error.Message.English, StringComparison.Ordinal);
        Assert.Contains("\"kind\"", error.Message.Swedish, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"agreement\"")]
    [InlineData("\"CooperationAgreement\"")]
    [InlineData("null")]
    [InlineData("0")]
    public void Deserialize_UnknownKind_ErrorAtKindListsTheKnownOnes(string kind)
    {
        var node = Node(Agreement);
        node["kind"] = JsonNode.Parse(kind);

        var error = AssertRefused(node, "$.kind");

        Assert.Contains("cooperationAgreement, citizenPromise", error.Message.English, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_KindOfAnotherDocument_Refused()
    {
        var node = Node(Agreement);
        node["kind"] = "protocol";

        Assert.False(TrygghetJson.Deserialize(node.ToJsonString()).IsSuccess);
    }

    [Theory]
    [InlineData("title")]
    [InlineData("caseNumber")]
    [InlineData("validity")]
    public void Deserialize_MissingRequiredProperty_ErrorNamesIt(string property)
    {
        var node = Node(Agreement);
        node.Remove(property);

        var error = AssertRefused(node, "$");

        Assert.Contains($"'{property}'", error.Message.English, StringComparison.Ordinal);
        Assert.Contains($"'{property}'", error.Message.Swedish, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_MissingNestedRequiredProperty_ErrorNamesItsObject()
    {
        var node = Node(Agreement);
        node["parties"]![1]!.AsObject().Remove("name");

        var error = AssertRefused(node, "$.parties[1]");

        Assert.Contains("'name'", error.Message.English, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_MissingConditionallyRequiredProperty_ErrorAtItsObjectNamesIt()
    {
        var node = Node("action-programme-violence-in-close-relationships");
        var index = node["handling"]!.AsArray().Select((h, i) => (h, i)).First(x => x.h!["renamedTo"] is not null).i;
        node["handling"]![index]!.AsObject().Remove("renamedTo");

        var error = AssertRefused(node, $"$.handling[{index}]");

        Assert.Contains("renamedTo", error.Message.English, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_MissingRangeEnd_ErrorNamesIt()
    {
        var node = Node(Agreement);
        node["validity"]!.AsObject().Remove("end");

        var error = AssertRefused(node, "$.validity");

        Assert.Contains("\"end\"", error.Message.English, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("title")]
    [InlineData("caseNumber")]
    [InlineData("validity")]
    [InlineData("parties")]
    public void Deserialize_NullForRequiredValue_ErrorAtTheValue(string property)
    {
        var node = Node(Agreement);
        node[property] = null;

        AssertRefused(node, "$." + property);
    }

    [Fact]
    public void Deserialize_NullArrayItem_ErrorAtTheItem()
    {
        var node = Node(Protocol);
        node["paragraphs"]![1] = null;

        var error = AssertRefused(node, "$.paragraphs[1]");

        Assert.Contains("null", error.Message.English, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_NullStringItem_ErrorAtTheItem()
    {
        var node = Node(Agreement);
        node["areas"]![0]!["commitmentNotes"] = new JsonArray("a", null, "b");

        AssertRefused(node, "$.areas[0].commitmentNotes[1]");
    }

    [Theory]
    [InlineData("2021-02-30")]
    [InlineData("2021-13-01")]
    [InlineData("3000-01-01")]
    [InlineData("yesterday")]
    [InlineData("2020-11-20T08:30:00")]
    [InlineData("")]
    public void Deserialize_ImpossibleDate_ErrorAtTheDate(string date)
    {
        var node = Node(Protocol);
        node["meeting"]!["date"] = date;

        var error = AssertRefused(node, "$.meeting.date");

        Assert.Contains($"{date}", error.Message.English, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_DateAsNumber_ErrorAtTheDate()
    {
        var node = Node(Protocol);
        node["meeting"]!["date"] = 20201120;

        AssertRefused(node, "$.meeting.date");
    }

    [Fact]
    public void Deserialize_RangeEndingBeforeItStarts_ErrorAtTheEnd()
    {
        var node = Node(Agreement);
        node["validity"]!["end"] = "2021-12-31";
        node["validity"]!["start"] = "2022-01-01";

        var error = AssertRefused(node, "$.validity.end");

        Assert.Contains("2021-12-31", error.Message.English, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("KS 20-0129")]
    [InlineData("20/0129")]
    [InlineData("KS")]
    [InlineData(" ")]
    public void Deserialize_MalformedCaseNumber_ErrorAtTheCaseNumber(string caseNumber)
    {
        var node = Node(Protocol);
        var index = node["paragraphs"]!.AsArray().Select((p, i) => (p, i)).First(x => x.p!["caseNumber"] is not null).i;
        node["paragraphs"]![index]!["caseNumber"] = caseNumber;

        AssertRefused(node, $"$.paragraphs[{index}].caseNumber");
    }

    // Values written as their text (case number, measure number, imprecise date) are read with the value's own
    // TryParse: no string is refused with what the value must look like, a malformed text with TryParse's own words.
    [Theory]
    [InlineData(Agreement, "caseNumber", "$.caseNumber")]
    [InlineData(Agreement, "actionPlan.measures.0.number", "$.actionPlan.measures[0].number")]
    [InlineData(Council, "dutiesFrom", "$.dutiesFrom")]
    public void Deserialize_TextValue_RefusedWithItsOwnParseError(string sample, string at, string path)
    {
        var parse = ParserAt(at);
        foreach (var (json, expected) in new (string Json, LocalizedText? Expected)[]
        {
            ("17", null),
            ("true", null),
            ("\"x 1\"", parse("x 1")),
            ("\"\"", parse(string.Empty)),
        })
        {
            var node = Node(sample);
            SetAt(node, at, JsonNode.Parse(json));

            var error = AssertRefused(node, path);

            if (expected is null)
            {
                Assert.Contains("ska vara en sträng", error.Message.Swedish, StringComparison.Ordinal);
                Assert.Contains("must be a string", error.Message.English, StringComparison.Ordinal);
            }
            else
            {
                Assert.Equal(expected, error.Message);
            }
        }
    }

    private static Func<string, LocalizedText> ParserAt(string at) => at switch
    {
        "caseNumber" => text => CaseNumber.TryParse(text).Error!.Message,
        "dutiesFrom" => text => ImpreciseDate.TryParse(text).Error!.Message,
        _ => text => Trygghet.Domain.Agreements.MeasureNumber.TryParse(text).Error!.Message,
    };

    private static void SetAt(JsonObject node, string at, JsonNode? value)
    {
        var steps = at.Split('.');
        JsonNode current = node;
        foreach (var step in steps[..^1])
        {
            current = int.TryParse(step, out var i) ? current[i]! : current[step]!;
        }

        current[steps[^1]] = value;
    }

    [Fact]
    public void Deserialize_DuplicatePropertyAtRoot_Refused()
    {
        var json = Sample(Agreement).Replace("\"title\":", "\"title\": \"first\",\n  \"title\":", StringComparison.Ordinal);

        var error = AssertRefused(TrygghetJson.Deserialize(json), "$.title");

        Assert.Contains("title", error.Message.English, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_DuplicatePropertyNested_Refused()
    {
        var json = Sample(Protocol).Replace("\"place\": \"Distans", "\"place\": \"x\", \"place\": \"Distans", StringComparison.Ordinal);

        AssertRefused(TrygghetJson.Deserialize(json), "$.meeting.place");
    }

    [Fact]
    public void Deserialize_DuplicatePropertyInARange_Refused()
    {
        var node = Node(Agreement);
        var json = node.ToJsonString().Replace("\"end\":", "\"start\":\"2022-01-01\",\"end\":", StringComparison.Ordinal);

        AssertRefused(TrygghetJson.Deserialize(json), "$.validity.start");
    }

    [Fact]
    public void Deserialize_DuplicateKind_Refused()
    {
        var json = Sample(Agreement).Replace("\"title\":", "\"kind\": \"cooperationAgreement\",\n  \"title\":", StringComparison.Ordinal);

        Assert.False(TrygghetJson.Deserialize(json).IsSuccess);
    }

    // A protocol's paragraph numbers are its identity (§ 32 is cited by number): two alike cannot be written down.
    [Fact]
    public void Deserialize_DuplicateIds_ProtocolParagraphNumber_IsAReadErrorAtParagraphs()
    {
        var node = Node(Protocol);
        node["paragraphs"]![1]!["number"] = node["paragraphs"]![0]!["number"]!.GetValue<int>();

        var error = AssertRefused(node, "$.paragraphs");

        Assert.Contains("twice", error.Message.English, StringComparison.Ordinal);
    }

    // A measure number written twice is a mistake in a real document, legal to write down: the rules report it.
    [Fact]
    public void Deserialize_DuplicateIds_MeasureNumber_ReadsAndIsARuleFinding()
    {
        var node = Node(Agreement);
        var measures = node["actionPlan"]!["measures"]!.AsArray();
        measures[1]!["number"] = measures[0]!["number"]!.GetValue<string>();
        measures[1]!["areaNumber"] = measures[0]!["areaNumber"]!.GetValue<int>();

        var result = TrygghetJson.Deserialize(node.ToJsonString());

        Assert.True(result.IsSuccess, result.Error?.Render(null));
        var report = TrygghetValidator.Default.Validate(result.Value, new DateOnly(2022, 9, 9));
        Assert.Contains(report.Findings, f => f.RuleId == "SOK-INSATSNUMMER" && f.Path.StartsWith("$.actionPlan.measures[1]", StringComparison.Ordinal));
    }

    // Area numbers and appropriation ids are references, not constructor-checked identities: a duplicate reads
    // and validation completes without an exception.
    [Fact]
    public void Deserialize_DuplicateIds_AreaNumberAndAppropriationId_ReadAndValidateWithoutException()
    {
        var agreement = Node(Agreement);
        agreement["areas"]![1]!["number"] = agreement["areas"]![0]!["number"]!.GetValue<int>();
        var appropriation = Node("appropriation-safety-commission-2020");
        appropriation["appropriations"]![1]!["id"] = appropriation["appropriations"]![0]!["id"]!.GetValue<string>();

        foreach (var node in new[] { agreement, appropriation })
        {
            var result = TrygghetJson.Deserialize(node.ToJsonString());

            Assert.True(result.IsSuccess, result.Error?.Render(null));
            Assert.NotNull(TrygghetValidator.Default.Validate(result.Value, new DateOnly(2022, 9, 9)));
        }
    }

    [Fact]
    public void Deserialize_NestedBeyondMaxDepth_ErrorNamesDepthAndPath()
    {
        var node = Node(Agreement);
        node["title"] = "TITLE";
        var json = node.ToJsonString().Replace("\"TITLE\"", new string('[', 100) + new string(']', 100), StringComparison.Ordinal);

        var error = AssertRefused(TrygghetJson.Deserialize(json), "$*");

        Assert.StartsWith("$.title[0][0]", error.Path, StringComparison.Ordinal);
        Assert.Contains("depth", error.Message.English, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Deserialize_RealDocumentDeeperThanALowMaxDepth_Refused()
    {
        var result = TrygghetJson.Deserialize(Sample(Protocol), TrygghetJsonOptions.Default with { MaxDepth = 3 });

        Assert.False(result.IsSuccess);
        Assert.StartsWith("$", result.Error.Path, StringComparison.Ordinal);
        Assert.Contains("depth", result.Error.Message.English, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Deserialize_ArrayLongerThanMaxArrayLength_ErrorAtTheArray()
    {
        var node = Node(Agreement);

        var error = AssertRefused(
            TrygghetJson.Deserialize(node.ToJsonString(), TrygghetJsonOptions.Default with { MaxArrayLength = 2 }),
            "$.areas");

        Assert.Contains("at most 2", error.Message.English, StringComparison.Ordinal);
        Assert.Contains("högst 2", error.Message.Swedish, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_HugeArray_RefusedByDefault()
    {
        var node = Node(Agreement);
        node["attachments"] = new JsonArray([.. Enumerable.Range(0, TrygghetJsonOptions.Default.MaxArrayLength + 1).Select(i => (JsonNode)JsonValue.Create("a"))]);

        AssertRefused(node, "$.attachments");
    }

    [Fact]
    public void Deserialize_LargerThanMaxBytes_RefusedFromEverySource()
    {
        var json = Sample(Agreement);
        var limits = TrygghetJsonOptions.Default with { MaxBytes = json.Length / 2 };
        var file = Path.Combine(Path.GetTempPath(), Guid.NewGuid() + ".json");
        File.WriteAllText(file, json);
        try
        {
            var results = new[]
            {
                TrygghetJson.Deserialize(json, limits),
                TrygghetJson.Deserialize(Encoding.UTF8.GetBytes(json), limits),
                TrygghetJson.Deserialize(new MemoryStream(Encoding.UTF8.GetBytes(json)), limits),
                TrygghetJson.DeserializeFile(file, limits),
            };

            Assert.All(results, r =>
            {
                AssertRefused(r, null);
                Assert.Contains(limits.MaxBytes.ToString(System.Globalization.CultureInfo.InvariantCulture), r.Error!.Message.English, StringComparison.Ordinal);
            });
            Assert.True(TrygghetJson.DeserializeFile(file).IsSuccess);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Deserialize_HugeInputAtDefaultLimit_RefusedWithoutReadingIt()
    {
        var json = "{\"kind\":\"protocol\",\"x\":\"" + new string('a', TrygghetJsonOptions.Default.MaxBytes) + "\"}";

        AssertRefused(TrygghetJson.Deserialize(json), null);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n")]
    [InlineData("\uFEFF")]
    public void DeserializeFile_Empty_ErrorSaysEmpty(string content)
    {
        var file = Path.Combine(Path.GetTempPath(), Guid.NewGuid() + ".json");
        File.WriteAllText(file, content, new UTF8Encoding(false));
        try
        {
            var error = AssertRefused(TrygghetJson.DeserializeFile(file), null);

            Assert.Contains("empty", error.Message.English, StringComparison.Ordinal);
            Assert.Contains("tomt", error.Message.Swedish, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void DeserializeFile_Missing_ErrorNamesTheFile()
    {
        var file = Path.Combine(Path.GetTempPath(), Guid.NewGuid() + ".json");

        var error = AssertRefused(TrygghetJson.DeserializeFile(file), null);

        Assert.Contains(file, error.Message.English, StringComparison.Ordinal);
    }

    [Fact]
    public void DeserializeFile_Directory_ErrorNotException()
    {
        AssertRefused(TrygghetJson.DeserializeFile(Path.GetTempPath()), null);
    }

    [Fact]
    public void Deserialize_BlankAreaTitle_EnglishNamesTheJsonPropertyNotTheDotNetOne()
    {
        var node = Node(Agreement);
        node["areas"]![0]!["title"] = " ";

        var error = AssertRefused(node, "$.areas[0].title");

        Assert.EndsWith("('title').", error.Message.English, StringComparison.Ordinal);
        Assert.DoesNotContain("Title", error.Message.English, StringComparison.Ordinal);
    }
}
