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

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    [InlineData("help")]
    public void Help_DescribesEveryCommandAndTheExitCodes(string flag)
    {
        var (code, output, error) = Run(flag);

        Assert.Equal(ConsoleApp.Ok, code);
        Assert.Equal(string.Empty, error);
        foreach (var text in new[] { "deadlines --meeting DATE", "--attested DATE", "--posted DATE", "--removed DATE", "validate FILE [--as-of DATE]", "rules", "--json", "--lang sv|en", "Exit codes" })
        {
            Assert.Contains(text, output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Run_UnknownCommand_ExitsTwo() =>
        Assert.Contains("frobnicate", AssertBadInput("frobnicate"), StringComparison.Ordinal);

    [Fact]
    public void Run_BadLanguage_ExitsTwo() =>
        Assert.Contains("--lang", AssertBadInput("rules", "--lang", "de"), StringComparison.Ordinal);
}
