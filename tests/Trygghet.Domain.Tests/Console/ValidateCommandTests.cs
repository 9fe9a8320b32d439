using System.Text.Json;
using Trygghet.Domain.Common;
using Trygghet.Domain.Samples;
using Trygghet.Domain.Serialization;
using Trygghet.Samples.Console;
using static Trygghet.Domain.Tests.Console.ConsoleHarness;

namespace Trygghet.Domain.Tests.Console;

public sealed class ValidateCommandTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("trygghet-console-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(directory, name);
        File.WriteAllText(path, text);
        return path;
    }

    private string Write(IDocument document) => Write("document.json", TrygghetJson.Serialize(document));

    [Fact]
    public void Validate_ExampleDutyFile_FromTheSamplesFolder_ReportsTheActsFindings()
    {
        var path = Path.Combine(Docs.Snapshot.RepositoryRoot, "samples/documents/example-crime-prevention-duty-exempelby.json");

        var (code, json, error) = RunJson("validate", path, "--as-of", "2026-09-30");

        Assert.Equal(ConsoleApp.Ok, code);
        Assert.Equal(string.Empty, error);
        Assert.Equal(
            ["BFL-10-RAD-BEFATTNING", "BFL-13-RAPPORTERING", "BFL-BRA-ATGARD-PROBLEM"],
            json.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("ruleId").GetString()!).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Validate_SeedProtocolAsOf_ExitsZeroWithFindingsInTheContractShape()
    {
        // seed 000 took its notice down on the last appeal day (a finding); here it came down the day after
        var seed = SeedCatalogue.SafetyCommitteeProtocol20201120;
        var path = Write(seed with { Notice = new Domain.Procedure.Notice(seed.Notice!.Posted, new DateOnly(2020, 12, 17)) });

        var (code, json, error) = RunJson("validate", path, "--as-of", "2020-12-31");

        Assert.Equal(ConsoleApp.Ok, code);
        Assert.Equal(string.Empty, error);
        Assert.Equal("2020-12-31", json.GetProperty("asOf").GetString());
        foreach (var finding in json.GetProperty("findings").EnumerateArray())
        {
            Assert.Equal(["ruleId", "severity", "message", "messageEn", "basisKind", "basis", "path"], Keys(finding));
            Assert.NotEqual("error", finding.GetProperty("severity").GetString());
        }
    }

    [Fact]
    public void Validate_UnattestedProtocolAfterTheDeadline_WarnsOfTheAttestationNotRecorded()
    {
        var path = Write(Procedure.Rules.ProcedureFixtures.UnattestedProtocol);

        var (code, json, _) = RunJson("validate", path, "--as-of", "2019-12-31");

        // A justering the record does not show is "not recorded", a warning, not an unlawful protocol.
        Assert.Equal(ConsoleApp.Ok, code);
        var ids = json.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("ruleId").GetString()).ToList();
        Assert.Contains("KL-5-69-JUSTERING-SAKNAS", ids);
    }

    [Fact]
    public void Validate_WithoutAsOf_UsesTodayFromTheTimeProvider()
    {
        var path = Write(SeedCatalogue.CooperationAgreement2022);

        var (_, json, _) = RunJson("validate", path);

        Assert.Equal("2024-06-03", json.GetProperty("asOf").GetString());
    }

    [Fact]
    public void Validate_HumanOutput_PrintsTheReportInTheChosenLanguage()
    {
        var path = Write(Procedure.Rules.ProcedureFixtures.UnattestedProtocol);

        var (code, output, _) = Run("validate", path, "--as-of", "2019-12-31", "--lang", "en");

        Assert.Equal(ConsoleApp.Ok, code);
        Assert.Contains("lawful", output, StringComparison.Ordinal);
        Assert.Contains("KL-5-69-JUSTERING-SAKNAS", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_InvalidValueInTheJson_ExitsTwoWithOneLineNamingTheJsonPath()
    {
        var json = TrygghetJson.Serialize(SeedCatalogue.SafetyCommitteeProtocol20201120).Replace("\"2020-11-20\"", "\"2020-11-31\"", StringComparison.Ordinal);
        var path = Write("bad.json", json);

        var line = AssertBadInput("validate", path);

        Assert.Contains("$.meeting.date", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_TruncatedJson_ExitsTwoWithOneLine()
    {
        var path = Write("truncated.json", "{\"kind\": \"protocol\", \"meeting\": {");

        var line = AssertBadInput("validate", path);

        Assert.Contains("truncated.json", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_MissingFile_ExitsTwo()
    {
        var line = AssertBadInput("validate", Path.Combine(directory, "nowhere.json"));

        Assert.Contains("nowhere.json", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_BadAsOfOrNoFile_ExitsTwo()
    {
        var path = Write(SeedCatalogue.CooperationAgreement2022);

        Assert.Contains("--as-of", AssertBadInput("validate", path, "--as-of", "2024-13-01"), StringComparison.Ordinal);
        Assert.Contains("FILE", AssertBadInput("validate"), StringComparison.Ordinal);
    }
}
