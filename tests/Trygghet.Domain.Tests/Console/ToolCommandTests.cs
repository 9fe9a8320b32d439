using System.Globalization;
using System.Text.Json;
using Trygghet.Domain.Samples;
using Trygghet.Domain.Serialization;
using Trygghet.Samples.Console;
using static Trygghet.Domain.Tests.Console.ConsoleHarness;
using ICal = Ical.Net.Calendar;

namespace Trygghet.Domain.Tests.Console;

/// <summary>The console as a dotnet tool: version, suggestions, errors in the reader's language, stdin, calendar, notice.</summary>
public sealed class ToolCommandTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("trygghet-tool-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Fact]
    public void Version_PrintsTheVersionAndExitsZero()
    {
        var (code, output, error) = Run("--version");

        Assert.Equal(ConsoleApp.Ok, code);
        Assert.Equal(string.Empty, error);
        Assert.Matches(@"^\d+\.\d+\.\d+", output);
    }

    [Theory]
    [InlineData(new[] { "dedlines", "--meeting", "2020-11-20" }, "'deadlines'")]
    [InlineData(new[] { "valdate", "x.json" }, "'validate'")]
    [InlineData(new[] { "deadlines", "--meting", "2020-11-20" }, "'--meeting'")]
    [InlineData(new[] { "deadlines", "--meeting", "2020-11-20", "--attsted", "2020-11-25" }, "'--attested'")]
    public void Typo_SuggestsTheNearestName(string[] args, string suggestion)
    {
        var sv = AssertBadInput(args);
        var en = AssertBadInput([.. args, "--lang", "en"]);

        Assert.Contains("menade du " + suggestion, sv, StringComparison.Ordinal);
        Assert.Contains("did you mean " + suggestion, en, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("deadlines", "--meeting")]
    [InlineData("deadlines", "--meeting", "2020-13-01")]
    [InlineData("deadlines", "--meeting", "2020-11-20", "--attested", "2020-11-19")]
    [InlineData("validate")]
    [InlineData("frobnicate")]
    [InlineData("rules", "--lang", "de")]
    public void Errors_FollowTheLanguage_NeverEnglishInSwedishOutput(params string[] args)
    {
        var sv = AssertBadInput(args);
        var en = AssertBadInput([.. args.Where(a => a != "de"), .. args.Contains("de") ? new[] { "de" } : [], "--lang", "en"]);

        Assert.StartsWith("fel: ", sv, StringComparison.Ordinal);
        Assert.DoesNotContain("error", sv, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(" the ", sv, StringComparison.Ordinal);
        Assert.StartsWith("error: ", en, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_Dash_ReadsStandardInput()
    {
        var json = TrygghetJson.Serialize(Procedure.Rules.ProcedureFixtures.UnattestedProtocol);
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var code = ConsoleApp.Run(["validate", "-", "--as-of", "2019-12-31", "--json"], stdout, stderr, Today, new StringReader(json));

        Assert.Equal(ConsoleApp.Ok, code); // an unrecorded justering is a warning
        Assert.Equal(string.Empty, stderr.ToString());
        using var report = JsonDocument.Parse(stdout.ToString());
        Assert.Equal("protocol", report.RootElement.GetProperty("kind").GetString());
    }

    [Fact]
    public void Validate_DashWithBadJson_NamesStandardInput()
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var code = ConsoleApp.Run(["validate", "-"], stdout, stderr, Today, new StringReader("{\"kind\": \"protocol\""));

        Assert.Equal(ConsoleApp.BadInput, code);
        Assert.StartsWith("fel: standard in: ", stderr.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_Directory_SaysItIsADirectory()
    {
        Assert.Contains("är en katalog", AssertBadInput("validate", directory), StringComparison.Ordinal);
        Assert.Contains("is a directory", AssertBadInput("validate", directory, "--lang", "en"), StringComparison.Ordinal);
    }

    [Fact]
    public void DeadlinesIcs_ParsesBack_WithTheSameDatesAsJson()
    {
        string[] args = ["deadlines", "--meeting", "2020-11-20", "--attested", "2020-11-25", "--posted", "2020-11-25", "--body", "subcommittee"];
        var (code, ics, _) = Run([.. args, "--ics"]);
        var (_, json, _) = RunJson(args);

        Assert.Equal(ConsoleApp.Ok, code);
        var dates = ICal.Load<ICal>(ics).Single().Events.Select(e => e.Start!.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).ToHashSet();
        foreach (var key in new[] { "attestationDeadline", "noticeDeadline", "appealPeriodEnds", "earliestRemoval", "legallyFinalFrom" })
        {
            Assert.Contains(json.GetProperty(key).GetString()!, dates);
        }

        Assert.Equal(5, ICal.Load<ICal>(ics).Single().Events.Count);
    }

    [Theory]
    [InlineData("2020-11-20")]
    [InlineData("2020-12-10")]
    [InlineData("2022-06-10")]
    [InlineData("2023-03-30")]
    public void Deadlines_HumanOutputAndJson_GiveTheSameDates(string meeting)
    {
        var (_, json, _) = RunJson("deadlines", "--meeting", meeting);
        var (_, human, _) = Run("deadlines", "--meeting", meeting);

        foreach (var key in new[] { "attestationDeadline", "noticeDeadline", "appealPeriodEnds", "earliestRemoval", "legallyFinalFrom" })
        {
            Assert.Contains(json.GetProperty(key).GetString()!, human, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Notice_SeedProtocol_PrintsTheNoticeAndItsJson()
    {
        var path = Path.Combine(directory, "protocol.json");
        File.WriteAllText(path, TrygghetJson.Serialize(SeedCatalogue.SafetyCommitteeProtocol20201120));

        var (code, text, _) = Run("notice", path);
        var (_, json, _) = RunJson("notice", path);
        var (_, english, _) = Run("notice", path, "--lang", "en");

        Assert.Equal(ConsoleApp.Ok, code);
        Assert.Contains("Organ: Trygghetsutskottet", text, StringComparison.Ordinal);
        Assert.Contains("Förvaringsplats för protokoll: Kommunledningskontoret", text, StringComparison.Ordinal);
        Assert.Contains("Protocol kept at: Kommunledningskontoret", english, StringComparison.Ordinal);
        Assert.Equal("2020-11-25", json.GetProperty("posted").GetString());
    }

    [Fact]
    public void NoticeFeed_ListsOnlyTheNoticesUpOnTheDay()
    {
        var path = Path.Combine(directory, "protocol.json");
        File.WriteAllText(path, TrygghetJson.Serialize(SeedCatalogue.SafetyCommitteeProtocol20201120));

        var (_, during, _) = Run("notice", path, "--feed", "--as-of", "2020-12-01");
        var (_, after, _) = Run("notice", path, "--feed", "--as-of", "2021-01-15");

        using var up = JsonDocument.Parse(during);
        using var down = JsonDocument.Parse(after);
        Assert.Equal(1, up.RootElement.GetProperty("items").GetArrayLength());
        Assert.Equal(0, down.RootElement.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public void Notice_NotAProtocol_ExitsTwo()
    {
        var path = Path.Combine(directory, "agreement.json");
        File.WriteAllText(path, TrygghetJson.Serialize(SeedCatalogue.CooperationAgreement2022));

        Assert.Contains("inte ett protokoll", AssertBadInput("notice", path), StringComparison.Ordinal);
    }

    [Fact]
    public void Completion_Bash_PrintsAScriptUsingTheSuggestDirective()
    {
        var (code, output, _) = Run("completion", "bash");

        Assert.Equal(ConsoleApp.Ok, code);
        Assert.Contains("complete -o default -F _trygghet_complete trygghet", output, StringComparison.Ordinal);
        Assert.Contains("[suggest:", output, StringComparison.Ordinal);
    }

    [Fact]
    public void SuggestDirective_CompletesCommandsAndOptions()
    {
        var (_, commands, _) = Run("[suggest:11]", "trygghet de");
        var (_, options, _) = Run("[suggest:23]", "trygghet deadlines --me");

        Assert.Contains("deadlines", commands.Split('\n').Select(l => l.Trim()));
        Assert.Contains("--meeting", options.Split('\n').Select(l => l.Trim()));
    }

    [Fact]
    public void ValidateExplain_GivesEachFindingsTrace_AsTextAndJson()
    {
        var path = Path.Combine(directory, "protocol.json");
        File.WriteAllText(path, TrygghetJson.Serialize(Procedure.Rules.ProcedureFixtures.UnattestedProtocol));

        var (code, text, _) = Run("validate", path, "--as-of", "2019-12-31", "--explain");
        var (_, json, _) = RunJson("validate", path, "--as-of", "2019-12-31", "--explain");

        Assert.Equal(ConsoleApp.Ok, code);
        Assert.Contains("Spår:", text, StringComparison.Ordinal);
        Assert.Contains("vald för 2019-04-10", text, StringComparison.Ordinal);
        Assert.Contains("AttestationDeadline (härlett) @ $.attestation", text, StringComparison.Ordinal);
        var finding = json.GetProperty("findings").EnumerateArray().First(f => f.GetProperty("ruleId").GetString() == "KL-5-69-JUSTERING-SAKNAS");
        var trace = finding.GetProperty("trace");
        Assert.Equal("2019-04-10", trace.GetProperty("evaluationDate").GetString());
        Assert.Equal("2018-01-01", trace.GetProperty("inForceFrom").GetString());
        Assert.Contains(trace.GetProperty("facts").EnumerateArray(), f => f.GetProperty("path").GetString() == "$.attestation" && f.GetProperty("derived").GetBoolean());
    }
}
