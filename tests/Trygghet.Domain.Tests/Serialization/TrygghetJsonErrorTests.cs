using System.Text;
using System.Text.Json.Serialization.Metadata;
using Trygghet.Domain.Serialization;
using Trygghet.Domain.Validation;

namespace Trygghet.Domain.Tests.Serialization;

/// <summary>Bad input never throws: it gives an error naming the JSON path.</summary>
public sealed class TrygghetJsonErrorTests
{
    private const string Report = """
        {"documentKind":"protocol","title":"T","asOf":"2024-06-01","evaluationDate":"2024-06-01","findings":[
          {"ruleId":"A","ruleName":{"swedish":"a","english":"a"},"severity":"error","message":{"swedish":"m","english":"m"},"messageKey":"A","arguments":[],"basisKind":"law","basis":{"swedish":"b","english":"b"},"path":""},
          {"ruleId":"B","ruleName":{"swedish":"b","english":"b"},"severity":"info","message":{"swedish":"SWEDISH","english":"e"},"messageKey":"B","arguments":[{"name":"n","value":"1"}],"basisKind":"guidance","basis":{"swedish":"b","english":"b"},"path":"x"}]}
        """;

    private static JsonReadResult<ValidationReport> ReadReport(string json, TrygghetJsonOptions? limits = null)
    {
        var options = TrygghetJson.CreateSerializerOptions(limits ?? TrygghetJsonOptions.Default);
        return TrygghetJson.Read(Encoding.UTF8.GetBytes(json), (JsonTypeInfo<ValidationReport>)options.GetTypeInfo(typeof(ValidationReport)), 64);
    }

    [Fact]
    public void Read_ValidReport_Succeeds()
    {
        var result = ReadReport(Report);

        Assert.True(result.IsSuccess, result.Error?.Render(null));
        Assert.Equal(2, result.Value.Findings.Count);
    }

    [Fact]
    public void Read_ConstructorRefusesValue_ErrorNamesDeepestPath()
    {
        var result = ReadReport(Report.Replace("\"SWEDISH\"", "\" \"", StringComparison.Ordinal));

        Assert.False(result.IsSuccess);
        Assert.Equal("$.findings[1].message.swedish", result.Error.Path);
        Assert.Contains("swedish", result.Error.Message.English, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2023-02-30", "$.asOf")]
    [InlineData("0001-01-01", "$.asOf")]
    [InlineData("9999-12-31", "$.asOf")]
    [InlineData("2024-6-1", "$.asOf")]
    [InlineData("1899-12-31", "$.asOf")]
    public void Read_ImpossibleOrAbsurdDate_ErrorNamesPath(string date, string path)
    {
        var result = ReadReport(Report.Replace("\"asOf\":\"2024-06-01\"", $"\"asOf\":\"{date}\"", StringComparison.Ordinal));

        Assert.False(result.IsSuccess);
        Assert.Equal(path, result.Error.Path);
        Assert.Contains(date, result.Error.Message.English, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_DateAtTheEdges_Accepted()
    {
        Assert.True(ReadReport(Report.Replace("2024-06-01\",\"evaluationDate", "1900-01-01\",\"evaluationDate", StringComparison.Ordinal)).IsSuccess);
        Assert.True(ReadReport(Report.Replace("2024-06-01\",\"evaluationDate", "2200-12-31\",\"evaluationDate", StringComparison.Ordinal)).IsSuccess);
    }

    [Fact]
    public void Read_MissingRequiredProperty_ErrorSaysWhich()
    {
        var result = ReadReport(Report.Replace("\"title\":\"T\",", string.Empty, StringComparison.Ordinal));

        Assert.False(result.IsSuccess);
        Assert.Contains("title", result.Error.Message.English, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_DuplicateProperty_Refused()
    {
        var result = ReadReport(Report.Replace("\"title\":\"T\",", "\"title\":\"T\",\"title\":\"U\",", StringComparison.Ordinal));

        Assert.False(result.IsSuccess);
        Assert.Contains("title", result.Error.Render(null), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_UnknownProperty_Refused()
    {
        var result = ReadReport(Report.Replace("\"title\":\"T\",", "\"titel\":\"T\",\"title\":\"T\",", StringComparison.Ordinal));

        Assert.False(result.IsSuccess);
        Assert.Contains("titel", result.Error.Message.English, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_UnknownEnumName_Refused()
    {
        var result = ReadReport(Report.Replace("\"severity\":\"info\"", "\"severity\":\"fatal\"", StringComparison.Ordinal));

        Assert.False(result.IsSuccess);
        Assert.Equal("$.findings[1].severity", result.Error.Path);
    }

    [Fact]
    public void Read_NumberForEnum_Refused()
    {
        var result = ReadReport(Report.Replace("\"severity\":\"info\"", "\"severity\":0", StringComparison.Ordinal));

        Assert.False(result.IsSuccess);
        Assert.Equal("$.findings[1].severity", result.Error.Path);
    }

    [Fact]
    public void Read_NullForRequiredString_Refused()
    {
        var result = ReadReport(Report.Replace("\"title\":\"T\"", "\"title\":null", StringComparison.Ordinal));

        Assert.False(result.IsSuccess);
        Assert.Equal("$.title", result.Error.Path);
    }

    [Fact]
    public void Read_TooManyArrayItems_ErrorNamesArray()
    {
        var result = ReadReport(Report, TrygghetJsonOptions.Default with { MaxArrayLength = 1 });

        Assert.False(result.IsSuccess);
        Assert.StartsWith("$.findings", result.Error.Path, StringComparison.Ordinal);
        Assert.Contains("at most 1", result.Error.Message.English, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_MalformedJson_ErrorWithPosition()
    {
        var result = TrygghetJson.Deserialize("{\"title\": tru }");

        Assert.False(result.IsSuccess);
        Assert.StartsWith("Invalid JSON", result.Error.Message.English, StringComparison.Ordinal);
        Assert.Equal(0, result.Error.LineNumber);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("[]")]
    [InlineData("42")]
    [InlineData("null")]
    [InlineData("{}")]
    [InlineData("{\"kind\": 3}")]
    [InlineData("{\"kind\": \"noSuchKind\"}")]
    [InlineData("{\"title\": \"x\"}")]
    public void Deserialize_NotADocument_ClearError(string json)
    {
        var result = TrygghetJson.Deserialize(json);

        Assert.False(result.IsSuccess);
        Assert.False(string.IsNullOrWhiteSpace(result.Error.Message.Swedish));
        Assert.False(string.IsNullOrWhiteSpace(result.Error.Message.English));
    }

    [Fact]
    public void Deserialize_UnknownKind_ListsTheKnownKinds()
    {
        var result = TrygghetJson.Deserialize("{\"kind\": \"agreement\"}");

        Assert.False(result.IsSuccess);
        Assert.Equal("$.kind", result.Error.Path);
        Assert.Contains("'agreement'", result.Error.Message.English, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_DeeplyNested_RefusedWithoutException()
    {
        var json = "{\"x\":" + new string('[', 10_000) + new string(']', 10_000) + ", \"kind\": \"protocol\"}";

        var result = TrygghetJson.Deserialize(json);

        Assert.False(result.IsSuccess);
        Assert.Contains("depth", result.Error.Message.English, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Deserialize_TooLarge_RefusedBeforeParsing()
    {
        var json = "{\"kind\": \"protocol\", \"title\": \"" + new string('a', 2000) + "\"}";
        var limits = TrygghetJsonOptions.Default with { MaxBytes = 1000 };

        var fromString = TrygghetJson.Deserialize(json, limits);
        var fromStream = TrygghetJson.Deserialize(new MemoryStream(Encoding.UTF8.GetBytes(json)), limits);

        Assert.Contains("1000", fromString.Error!.Message.English, StringComparison.Ordinal);
        Assert.Contains("1000", fromStream.Error!.Message.English, StringComparison.Ordinal);
    }

    [Fact]
    public void DeserializeFile_Missing_ErrorNotException()
    {
        var result = TrygghetJson.DeserializeFile(Path.Combine(Path.GetTempPath(), Guid.NewGuid() + ".json"));

        Assert.False(result.IsSuccess);
        Assert.Null(result.Error.Path);
    }

    [Fact]
    public void Limits_Invalid_Throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => TrygghetJson.CreateSerializerOptions(TrygghetJsonOptions.Default with { MaxDepth = 0 }));
    }
}
