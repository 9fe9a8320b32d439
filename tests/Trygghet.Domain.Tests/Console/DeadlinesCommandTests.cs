using System.Text.Json;
using Trygghet.Samples.Console;
using static Trygghet.Domain.Tests.Console.ConsoleHarness;

namespace Trygghet.Domain.Tests.Console;

public sealed class DeadlinesCommandTests
{
    private static readonly string[] ChainKeys = ["attestationDeadline", "noticeDeadline", "appealPeriodEnds", "earliestRemoval", "legallyFinalFrom", "projected", "asOf", "findings"];
    private static readonly string[] FindingKeys = ["ruleId", "severity", "message", "messageEn", "basisKind", "basis", "path"];

    [Fact]
    public void Deadlines_SeedMeetingAttestedAndPostedInTime_GivesChainAndNoFindings()
    {
        var (code, json, error) = RunJson("deadlines", "--meeting", "2020-11-20", "--attested", "2020-11-25", "--posted", "2020-11-25", "--body", "subcommittee");

        Assert.Equal(ConsoleApp.Ok, code);
        Assert.Equal(string.Empty, error);
        Assert.Equal(ChainKeys, Keys(json));
        Assert.Equal("2020-12-04", json.GetProperty("attestationDeadline").GetString());
        Assert.Equal("2020-11-27", json.GetProperty("noticeDeadline").GetString());
        Assert.Equal("2020-12-16", json.GetProperty("appealPeriodEnds").GetString());
        Assert.Equal("2020-12-17", json.GetProperty("legallyFinalFrom").GetString());
        Assert.Equal(0, json.GetProperty("findings").GetArrayLength());
    }

    // Contract change (issue 15): --json gives the same dates as the human output, projecting the steps not recorded
    // yet from the deadline before them (it used to leave them null), and says so with "projected".
    [Fact]
    public void Deadlines_OnlyMeeting_ProjectsEveryStepFromTheDeadlines()
    {
        var (code, json, _) = RunJson("deadlines", "--meeting", "2020-11-20");

        Assert.Equal(ConsoleApp.Ok, code);
        Assert.Equal(ChainKeys, Keys(json));
        Assert.Equal("2020-12-04", json.GetProperty("attestationDeadline").GetString());
        Assert.Equal("2020-12-07", json.GetProperty("noticeDeadline").GetString()); // 2020-12-06 is a Sunday
        Assert.Equal("2020-12-28", json.GetProperty("appealPeriodEnds").GetString());
        Assert.Equal("2020-12-29", json.GetProperty("legallyFinalFrom").GetString());
        Assert.True(json.GetProperty("projected").GetBoolean());
        Assert.Equal("2020-11-20", json.GetProperty("asOf").GetString());
        Assert.Equal(JsonValueKind.Array, json.GetProperty("findings").ValueKind);
    }

    [Fact]
    public void Deadlines_AttestedButNotPosted_ProjectsTheAppealFromTheNoticeDeadline()
    {
        var (_, json, _) = RunJson("deadlines", "--meeting", "2020-11-20", "--attested", "2020-11-26");

        Assert.Equal("2020-11-30", json.GetProperty("noticeDeadline").GetString()); // 28th is a Saturday
        Assert.Equal("2020-12-21", json.GetProperty("appealPeriodEnds").GetString());
        Assert.True(json.GetProperty("projected").GetBoolean());
    }

    [Fact]
    public void Deadlines_AsOfAfterTheDeadlineWithoutAttestation_ReportsTheMissingAttestation()
    {
        var (onTheDay, _, _) = RunJson("deadlines", "--meeting", "2020-11-20");
        var (code, json, _) = RunJson("deadlines", "--meeting", "2020-11-20", "--as-of", "2020-12-31");

        Assert.Equal(ConsoleApp.Ok, onTheDay);
        Assert.Equal(ConsoleApp.Ok, code); // not recorded: a warning, not an error
        Assert.Equal("2020-12-31", json.GetProperty("asOf").GetString());
        Assert.Contains(json.GetProperty("findings").EnumerateArray(), f => f.GetProperty("ruleId").GetString() == "KL-5-69-JUSTERING-SAKNAS");
    }

    [Fact]
    public void Deadlines_LateAttestation_ExitsOneWithTheRulesFinding()
    {
        var (code, json, _) = RunJson("deadlines", "--meeting", "2020-11-20", "--attested", "2020-12-07", "--posted", "2020-12-07");

        Assert.Equal(ConsoleApp.Findings, code);
        var finding = Assert.Single(json.GetProperty("findings").EnumerateArray());
        Assert.Equal(FindingKeys, Keys(finding));
        Assert.Equal("KL-5-69-JUSTERING-SEN", finding.GetProperty("ruleId").GetString());
        Assert.Equal("error", finding.GetProperty("severity").GetString());
        Assert.Equal("$.attestation.date", finding.GetProperty("path").GetString());
        Assert.Contains("2020-12-04", finding.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Contains("deadline", finding.GetProperty("messageEn").GetString(), StringComparison.Ordinal);
        Assert.Contains("5 kap. 69 §", finding.GetProperty("basis").GetString(), StringComparison.Ordinal);
        Assert.Equal("2020-12-28", json.GetProperty("appealPeriodEnds").GetString());
    }

    [Fact]
    public void Deadlines_LateAttestation_HumanOutputSaysLateAndNamesTheRule()
    {
        var (code, output, _) = Run("deadlines", "--meeting", "2020-11-20", "--attested", "2020-12-07");

        Assert.Equal(ConsoleApp.Findings, code);
        Assert.Contains("justerat 2020-12-07: för sent", output, StringComparison.Ordinal);
        Assert.Contains("KL-5-69-JUSTERING-SEN @ $.attestation.date", output, StringComparison.Ordinal);
        Assert.Contains("Fel (1):", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Deadlines_PostedWithoutAttestation_GivesNoVerdictTheRulesDoNotGive()
    {
        var (code, output, _) = Run("deadlines", "--meeting", "2020-11-20", "--posted", "2020-12-15");

        Assert.Equal(ConsoleApp.Ok, code);
        Assert.Contains("uppsatt 2020-12-15", output, StringComparison.Ordinal);
        Assert.DoesNotContain("för sent", output, StringComparison.Ordinal);
        Assert.Contains("Inga iakttagelser.", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Deadlines_NoticeRemovedBeforeAppealPeriodEnds_ExitsOneAndNoFinalDay()
    {
        var (code, json, _) = RunJson("deadlines", "--meeting", "2020-11-20", "--attested", "2020-11-25", "--posted", "2020-11-25", "--removed", "2020-12-10");

        Assert.Equal(ConsoleApp.Findings, code);
        Assert.Equal("KL-8-12-ANSLAG-NEDTAGET-TIDIGT", Assert.Single(json.GetProperty("findings").EnumerateArray()).GetProperty("ruleId").GetString());
        Assert.Equal("2020-12-16", json.GetProperty("appealPeriodEnds").GetString());
        Assert.Equal(JsonValueKind.Null, json.GetProperty("legallyFinalFrom").ValueKind);
    }

    [Fact]
    public void Deadlines_RemovedOnTheLastAppealDay_IsAFindingUnlessTheBoardRemovesAtEndOfDay()
    {
        string[] seed = ["deadlines", "--meeting", "2020-11-20", "--attested", "2020-11-25", "--posted", "2020-11-25", "--removed", "2020-12-16"];

        var (code, json, _) = RunJson(seed);
        var (_, output, _) = Run([.. seed, "--lang", "en"]);
        var (endOfDayCode, endOfDay, _) = RunJson([.. seed, "--removal", "end-of-day"]);
        var (afterCode, after, _) = RunJson([.. seed, "--removal", "after-last-day"]);
        var (badCode, _, badError) = Run([.. seed, "--removal", "never"]);

        Assert.Equal(ConsoleApp.Findings, code);
        Assert.Equal("KL-8-12-ANSLAG-NEDTAGET-TIDIGT", Assert.Single(json.GetProperty("findings").EnumerateArray()).GetProperty("ruleId").GetString());
        Assert.Equal(JsonValueKind.Null, json.GetProperty("legallyFinalFrom").ValueKind);
        Assert.Contains("removed 2020-12-16: too early", output, StringComparison.Ordinal);
        Assert.Equal(ConsoleApp.Ok, endOfDayCode);
        Assert.Equal(0, endOfDay.GetProperty("findings").GetArrayLength());
        Assert.Equal("2020-12-17", endOfDay.GetProperty("legallyFinalFrom").GetString());
        Assert.Equal(code, afterCode);
        Assert.Equal(json.ToString(), after.ToString());
        Assert.Equal(ConsoleApp.BadInput, badCode);
        Assert.Contains("--removal", badError, StringComparison.Ordinal);
    }

    [Fact]
    public void Deadlines_FourteenthDayIsSaturday_MovesToMondayAndSaysSo()
    {
        // 2020-11-21 + 14 = 2020-12-05, a Saturday
        var (_, json, _) = RunJson("deadlines", "--meeting", "2020-11-21");
        var (_, output, _) = Run("deadlines", "--meeting", "2020-11-21", "--lang", "en");

        Assert.Equal("2020-12-07", json.GetProperty("attestationDeadline").GetString());
        Assert.Contains("moved from 2020-12-05 (Saturday) to the next working day", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Deadlines_FourteenthDayIsChristmasEve_MovesPastTheHolidaysAndNamesThem()
    {
        // 2020-12-10 + 14 = julafton (Thursday); juldagen, Saturday and Sunday follow
        var (code, json, _) = RunJson("deadlines", "--meeting", "2020-12-10", "--attested", "2020-12-28");
        var (_, output, _) = Run("deadlines", "--meeting", "2020-12-10");

        Assert.Equal(ConsoleApp.Ok, code);
        Assert.Equal("2020-12-28", json.GetProperty("attestationDeadline").GetString());
        Assert.Equal(0, json.GetProperty("findings").GetArrayLength());
        Assert.Contains("flyttad från 2020-12-24 (julafton) till nästa vardag", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Deadlines_MeetingBefore2018_ReportsNoRuleVersionInsteadOfApplyingTheLaw()
    {
        var (code, json, _) = RunJson("deadlines", "--meeting", "2017-06-01", "--attested", "2017-07-20", "--posted", "2017-07-20");

        var findings = json.GetProperty("findings").EnumerateArray().ToList();
        Assert.Equal(ConsoleApp.Ok, code);
        Assert.NotEmpty(findings);
        Assert.All(findings, f => Assert.Equal("RULE-NO-VERSION", f.GetProperty("ruleId").GetString()));
        Assert.All(findings, f => Assert.Equal("warning", f.GetProperty("severity").GetString()));
        Assert.Contains(findings, f => f.GetProperty("messageEn").GetString() == "No version of rule KL-5-69-JUSTERING-SEN is in force on 2017-06-01.");
    }

    [Fact]
    public void Deadlines_CouncilBody_CitesTheCouncilParagraphs()
    {
        var (code, output, _) = Run("deadlines", "--meeting", "2020-11-20", "--body", "council");
        var (_, committee, _) = Run("deadlines", "--meeting", "2020-11-20", "--body", "committee");

        Assert.Equal(ConsoleApp.Ok, code);
        Assert.Contains("kommunfullmäktige", output, StringComparison.Ordinal);
        Assert.DoesNotContain("6 kap. 35 §", output, StringComparison.Ordinal);
        Assert.Contains("6 kap. 35 §", committee, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("council")]
    [InlineData("board")]
    [InlineData("committee")]
    [InlineData("subcommittee")]
    public void Deadlines_EveryBodyInTheHelpText_IsAccepted(string body)
    {
        Assert.Contains(body, Run("deadlines", "--help").Out, StringComparison.Ordinal);
        Assert.Equal(ConsoleApp.Ok, Run("deadlines", "--meeting", "2020-11-20", "--body", body).Code);
    }

    [Theory]
    [InlineData("--meeting", new[] { "deadlines", "--meeting", "2020-02-30" })]
    [InlineData("--attested", new[] { "deadlines", "--meeting", "2020-11-20", "--attested", "25/11/2020" })]
    [InlineData("--meeting", new[] { "deadlines" })]
    [InlineData("--meeting", new[] { "deadlines", "--attested", "2020-11-25" })]
    [InlineData("--removed", new[] { "deadlines", "--meeting", "2020-11-20", "--attested", "2020-11-25", "--posted", "2020-11-25", "--removed", "2020-11-24" })]
    [InlineData("--posted", new[] { "deadlines", "--meeting", "2020-11-20", "--attested", "2020-11-25", "--posted", "2020-11-24" })]
    [InlineData("--attested", new[] { "deadlines", "--meeting", "2020-11-20", "--attested", "2020-11-19" })]
    [InlineData("--removed", new[] { "deadlines", "--meeting", "2020-11-20", "--removed", "2020-12-24" })]
    [InlineData("--attested", new[] { "deadlines", "--meeting", "2199-12-20", "--attested", "2200-12-30" })]
    [InlineData("--meeting", new[] { "deadlines", "--meeting", "2200-01-20" })]
    [InlineData("--fast", new[] { "deadlines", "--meeting", "2020-11-20", "--fast", "yes" })]
    [InlineData("--body", new[] { "deadlines", "--meeting", "2020-11-20", "--body", "parliament" })]
    [InlineData("--meeting", new[] { "deadlines", "--meeting" })]
    [InlineData("2020-11-20", new[] { "deadlines", "2020-11-20" })]
    public void Deadlines_UnusableInput_ExitsTwoWithOneLineNamingTheProblem(string named, string[] args)
    {
        var line = AssertBadInput(args);

        Assert.StartsWith("fel: ", line, StringComparison.Ordinal); // Swedish by default (issue 15: no English "error:")
        Assert.Contains(named, line, StringComparison.Ordinal);
    }
}
