using System.Text.Json.Nodes;
using Trygghet.Domain.Samples;
using Trygghet.Domain.Serialization;
using Trygghet.Domain.Validation;

namespace Trygghet.Domain.Tests.Serialization;

/// <summary>A report read back from its JSON: TryParse returns an error with the JSON path, Parse throws a FormatException saying the same.</summary>
public sealed class ValidationReportJsonTests
{
    private static readonly ValidationReport Report =
        TrygghetValidator.Default.Validate(SeedCatalogue.CooperationAgreement2022, new DateOnly(2022, 9, 9));

    [Fact]
    public void TryParse_WrittenReport_ReadsItBack()
    {
        Assert.True(ValidationReportJson.TryParse(Report.ToJson()).TryPickT0(out var back, out var error), error?.Render(null));
        Assert.Equal(Report, back);
        Assert.Equal(Report, ValidationReportJson.Parse(Report.ToJson()));
    }

    [Theory]
    [InlineData("", null)]
    [InlineData("null", "$")]
    [InlineData("{\"findings\": 3}", "$.findings")]
    [InlineData("[1, 2", null)]
    public void TryParse_NotAReport_ReturnsAnErrorAndParseThrowsFormatException(string json, string? path)
    {
        var read = ValidationReportJson.TryParse(json);

        Assert.False(read.IsSuccess);
        if (path is not null)
        {
            Assert.Equal(path, read.Error.Path);
        }

        Assert.False(string.IsNullOrWhiteSpace(read.Error.Message.Swedish));
        Assert.DoesNotContain("System.", read.Error.Message.English, StringComparison.Ordinal);
        var thrown = Assert.Throws<FormatException>(() => ValidationReportJson.Parse(json));
        Assert.Contains(read.Error.Message.English, thrown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryParse_Null_IsRefusedNamingTheParameter() =>
        Assert.Equal("json", Assert.Throws<ArgumentNullException>(() => ValidationReportJson.TryParse(null!)).ParamName);

    [Fact]
    public void TryParse_ArgumentNotAnObject_SaysSoInEachLanguageAlone()
    {
        var report = JsonNode.Parse(Report.ToJson())!;
        var finding = report["findings"]!.AsArray().First(f => f!["arguments"] is JsonArray { Count: > 0 })!;
        finding["arguments"]![0] = 3;

        var read = ValidationReportJson.TryParse(report.ToJsonString());

        Assert.False(read.IsSuccess);
        Assert.StartsWith("Ett meddelandeargument ska vara ett objekt.", read.Error.Message.Swedish, StringComparison.Ordinal);
        Assert.StartsWith("A message argument must be an object.", read.Error.Message.English, StringComparison.Ordinal);
        Assert.DoesNotContain("meddelandeargument", read.Error.Message.English, StringComparison.Ordinal);
    }
}
