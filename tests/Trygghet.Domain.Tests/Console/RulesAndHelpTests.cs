using System.Text.Json;
using Trygghet.Domain.Validation;
using Trygghet.Samples.Console;
using static Trygghet.Domain.Tests.Console.ConsoleHarness;

namespace Trygghet.Domain.Tests.Console;

public sealed class RulesAndHelpTests
{
    [Fact]
    public void Rules_Json_IsAnArrayOfTheCatalogueWithIdNameSeverityBasis()
    {
        var (code, json, _) = RunJson("rules");

        Assert.Equal(ConsoleApp.Ok, code);
        Assert.Equal(JsonValueKind.Array, json.ValueKind);
        var rules = json.EnumerateArray().ToList();
        Assert.Equal(RuleCatalogue.Entries.Length, rules.Count);
        foreach (var rule in rules)
        {
            var keys = Keys(rule);
            Assert.Subset(keys.ToHashSet(), new HashSet<string> { "id", "name", "severity", "basis" });
            Assert.Contains(rule.GetProperty("severity").GetString(), new[] { "error", "warning", "info" });
            Assert.False(string.IsNullOrWhiteSpace(rule.GetProperty("name").GetString()));
            Assert.False(string.IsNullOrWhiteSpace(rule.GetProperty("basis").GetString()));
        }

        var ids = rules.Select(r => r.GetProperty("id").GetString()).ToList();
        Assert.Equal(RuleCatalogue.Entries.Select(r => (string?)r.Id), ids); // versions of a rule share an id
        Assert.Subset(ids.ToHashSet(), DeadlineCalculator.RuleIds.Select(id => (string?)id).ToHashSet());

        // Versions of one rule (e.g. SOK-SYFTE-OMRADEN before and under Lag 2023:196) differ in their in-force period.
        var versioned = rules.GroupBy(r => r.GetProperty("id").GetString()).Where(g => g.Count() > 1).ToList();
        Assert.NotEmpty(versioned);
        Assert.All(versioned, g => Assert.Equal(g.Count(), g.Select(r => r.GetProperty("inForceFrom").ToString()).Distinct().Count()));
    }

    [Fact]
    public void Rules_Human_ListsEveryRuleId()
    {
        var (code, output, _) = Run("rules", "--lang", "en");

        Assert.Equal(ConsoleApp.Ok, code);
        Assert.All(RuleCatalogue.Entries, r => Assert.Contains(r.Id, output, StringComparison.Ordinal));
    }

    // Contract change (issue 15): help comes from System.CommandLine, per command; the root lists the commands and
    // the exit codes, each command its own options. The "help" command is gone ("--help", "-h" and "-?" remain).
    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    [InlineData("-?")]
    public void Help_ListsEveryCommandAndTheExitCodes(string flag)
    {
        var (code, output, error) = Run(flag, "--lang", "en");

        Assert.Equal(ConsoleApp.Ok, code);
        Assert.Equal(string.Empty, error);
        foreach (var text in new[] { "deadlines", "validate <FILE>", "notice <FILE>", "rules", "completion", "--json", "--lang <sv|en>", "--version", "Exit codes" })
        {
            Assert.Contains(text, output, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("deadlines", new[] { "--meeting <DATE>", "--attested <DATE>", "--posted <DATE>", "--removed <DATE>", "--as-of <DATE>", "--ics", "--body" })]
    [InlineData("validate", new[] { "<FILE>", "--as-of <DATE>", "standard input" })]
    [InlineData("notice", new[] { "<FILE>", "--posted <DATE>", "--feed" })]
    public void Help_PerCommand_DescribesItsOptions(string command, string[] texts)
    {
        var (code, output, _) = Run(command, "--help", "--lang", "en");

        Assert.Equal(ConsoleApp.Ok, code);
        Assert.All(texts, t => Assert.Contains(t, output, StringComparison.Ordinal));
    }

    [Fact]
    public void Help_Swedish_DescribesInSwedish()
    {
        var output = Run("deadlines", "--help").Out;

        Assert.Contains("--meeting <DATUM>", output, StringComparison.Ordinal);
        Assert.Contains("sammanträdesdagen", output, StringComparison.Ordinal);
        Assert.DoesNotContain("the meeting day", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_UnknownCommand_ExitsTwo() =>
        Assert.Contains("frobnicate", AssertBadInput("frobnicate"), StringComparison.Ordinal);

    [Fact]
    public void Run_BadLanguage_ExitsTwo() =>
        Assert.Contains("--lang", AssertBadInput("rules", "--lang", "de"), StringComparison.Ordinal);
}
