using Spectre.Console;
using Trygghet.Domain.Validation;
using Trygghet.Samples.Console;
using static Trygghet.Domain.Tests.Console.ConsoleHarness;

namespace Trygghet.Domain.Tests.Console;

/// <summary>
/// Tables and colour only for a person at a terminal: redirected output, NO_COLOR, --plain and --json give exactly what
/// a pipe gets.
/// </summary>
public sealed class RichOutputTests
{
    private const string Escape = "\u001b[";
    private static readonly string Protocol = Path.Combine(Docs.Snapshot.RepositoryRoot, "samples/documents/protocol-safety-committee-2020-11-20.json");

    // A notice posted a month late: an error finding and a late step in the chain.
    private static readonly string[] LateNotice = ["deadlines", "--meeting", "2020-11-20", "--attested", "2020-11-25", "--posted", "2020-12-28"];

    public static TheoryData<string[]> Commands =>
    [
        LateNotice,
        ["deadlines", "--meeting", "2020-11-20", "--lang", "en"],
        ["validate", Protocol, "--as-of", "2021-03-01"],
        ["validate", Protocol, "--as-of", "2021-03-01", "--explain", "--lang", "en"],
        ["rules"],
        [],
    ];

    [Theory]
    [InlineData(true, null)]
    [InlineData(true, "")]
    [InlineData(false, "1")]
    [InlineData(false, "true")]
    public void TerminalFor_RedirectedOrNoColor_IsPlain(bool redirected, string? noColor) =>
        Assert.Null(ConsoleApp.TerminalFor(redirected, noColor, AnsiConsole.Console));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void TerminalFor_TerminalWithoutNoColor_IsRich(string? noColor) =>
        Assert.Same(AnsiConsole.Console, ConsoleApp.TerminalFor(outputRedirected: false, noColor, AnsiConsole.Console));

    [Theory]
    [MemberData(nameof(Commands))]
    public void Json_AtATerminal_IsByteForByteTheRedirectedJson(string[] args)
    {
        var redirected = Run([.. args, "--json"]);
        var terminal = RunAtTerminal(colour: true, [.. args, "--json"]);

        Assert.Equal(redirected, terminal);
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void Plain_AtATerminal_IsTheRedirectedText(string[] args)
    {
        var redirected = Run(args);

        Assert.Equal(redirected, RunAtTerminal(colour: true, [.. args, "--plain"]));
        Assert.Equal(redirected, RunAtTerminal(colour: true, [.. args, "--no-color"]));
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void Redirected_HasNoTableAndNoEscapeCodes(string[] args)
    {
        var (_, output, _) = Run(args);

        Assert.DoesNotContain("│", output, StringComparison.Ordinal);
        Assert.DoesNotContain(Escape, output, StringComparison.Ordinal);
    }

    [Fact]
    public void Deadlines_AtATerminal_ShowsTheChainAsATableWithTheSameDaysAndExitCode()
    {
        var (plainCode, plain, _) = Run(LateNotice);
        var (code, output, error) = RunAtTerminal(colour: false, LateNotice);

        Assert.Equal(plainCode, code);
        Assert.Equal(ConsoleApp.Findings, code);
        Assert.Equal(string.Empty, error);
        var rows = output.Split('\n').Where(l => l.StartsWith('│')).ToList();
        Assert.Contains(rows, r => Cells(r) is ["1", "Justering", "senast 2020-12-04 (fredag)", ..]);
        Assert.Contains(rows, r => Cells(r) is ["2", "Anslag", "senast 2020-11-27 (fredag)", var recorded, ..] && recorded.StartsWith("uppsatt 2020-12-28", StringComparison.Ordinal));
        Assert.Contains(rows, r => Cells(r) is ["fel", "KL-8-12-ANSLAG-SEN", ..]);
        foreach (var day in new[] { "2020-12-04", "2020-11-27", "2021-01-18", "2021-01-19" })
        {
            Assert.Contains(day, plain, StringComparison.Ordinal);
            Assert.Contains(day, output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Deadlines_AtAColourTerminal_ColoursTheLateStepAndTheError()
    {
        var (_, output, _) = RunAtTerminal(colour: true, LateNotice);

        // Standard red is SGR 91 ("bright red" in Spectre's palette) or 31; green 32 or 92.
        Assert.Matches(@"\u001b\[(31|91)m[^\u001b]*för sent", output);
        Assert.Matches(@"\u001b\[(31|91)mfel", output);
        Assert.Matches(@"\u001b\[(32|92)m[^\u001b]*i tid", output);
    }

    [Fact]
    public void Rules_AtATerminal_ListsEveryRuleInTheTableInTheChosenLanguage()
    {
        var (code, output, _) = RunAtTerminal(colour: false, "rules", "--lang", "en");

        Assert.Equal(ConsoleApp.Ok, code);
        var header = output.Split('\n').First(l => l.StartsWith('│'));
        Assert.Equal(["Id", "Severity", "Rule and basis"], Cells(header));
        var ids = output.Split('\n').Where(l => l.StartsWith('│')).Select(l => Cells(l)[0]).ToHashSet(StringComparer.Ordinal);
        Assert.All(RuleCatalogue.Entries, rule => Assert.Contains(rule.Id, ids));
    }

    [Fact]
    public void Validate_AtATerminal_PutsEachFindingInARowWithItsSeverity()
    {
        var (plainCode, plain, _) = Run("validate", Protocol, "--as-of", "2021-03-01", "--lang", "en");
        var (code, output, _) = RunAtTerminal(colour: false, "validate", Protocol, "--as-of", "2021-03-01", "--lang", "en");

        Assert.Equal(plainCode, code);
        Assert.StartsWith(Words(plain.Split('\n')[0]), Words(output), StringComparison.Ordinal); // the summary line, wrapped to the terminal
        var findingRows = output.Split('\n').Where(l => l.StartsWith('│') && Cells(l) is [("error" or "warning" or "information"), ..]).ToList();
        var plainFindings = plain.Split('\n').Count(l => l.StartsWith("  ERROR ", StringComparison.Ordinal) || l.StartsWith("  WARNING ", StringComparison.Ordinal) || l.StartsWith("  INFO", StringComparison.Ordinal));
        Assert.Equal(plainFindings, findingRows.Count);
    }

    private static string Words(string text) => string.Join(' ', text.Split([' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));

    private static string[] Cells(string row) =>
        [.. row.Trim().Trim('│').Split('│').Select(c => c.Trim())];
}
