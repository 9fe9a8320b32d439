using System.Reflection;
using System.Text.RegularExpressions;
using Trygghet.Domain.Tests.Docs;

namespace Trygghet.Domain.Tests.Readme;

/// <summary>The README's C# blocks are code that compiles and prints what the README says it prints.</summary>
public sealed partial class ReadmeTests
{
    private static readonly string ReadmePath = Path.Combine(Snapshot.RepositoryRoot, "README.md");
    private static readonly string ExamplesPath = Path.Combine(Snapshot.RepositoryRoot, "tests", "Trygghet.Domain.Tests", "Readme", "ReadmeExamples.cs");

    public static TheoryData<int> BlockNumbers => [.. Enumerable.Range(0, ReadmeBlocks().Count)];

    // Issue 15: the README is also the package's page on NuGet, so it opens with the install command; the
    // repository's own two commands (the second is what .ci/run calls) follow at once and under "This repository".
    [Fact]
    public void Readme_OpensWithDotnetAddPackage_ThenTheRepositorysTwoCommands()
    {
        var lines = File.ReadAllLines(ReadmePath);
        Assert.Equal(["# Trygghet.Domain", "", "```sh", "dotnet add package Trygghet.Domain", "```"], lines.Take(5));

        var commands = lines.SkipWhile(l => l != "## This repository: build, test, layout")
            .SkipWhile(l => l != "```sh").Skip(1).TakeWhile(l => l != "```").ToArray();
        Assert.Equal(2, commands.Length);
        Assert.StartsWith("dotnet run --project samples/Trygghet.Samples.Console -c Release", commands[0], StringComparison.Ordinal);
        Assert.StartsWith("dotnet test Trygghet.Domain.sln -c Release", commands[1], StringComparison.Ordinal);
        Assert.Contains("dotnet test Trygghet.Domain.sln -c Release", File.ReadAllText(Path.Combine(Snapshot.RepositoryRoot, ".ci", "run")), StringComparison.Ordinal);

        // The same two commands open the README too, in the block right after the install command.
        var opening = lines.Skip(5).SkipWhile(l => l != "```sh").Skip(1).TakeWhile(l => l != "```").ToArray();
        Assert.Equal(commands, opening);
    }

    [Fact]
    public void Readme_LinksAreAbsolute_SoTheyWorkOnNuGet()
    {
        var links = MarkdownLink().Matches(File.ReadAllText(ReadmePath)).Select(m => m.Groups[1].Value).ToList();

        Assert.NotEmpty(links);
        Assert.All(links, l => Assert.StartsWith("https://", l, StringComparison.Ordinal));
    }

    [GeneratedRegex(@"\]\(([^)\s]+)\)")]
    private static partial Regex MarkdownLink();

    [Fact]
    public void Readme_HasNoUnfilledPlaceholders() =>
        Assert.DoesNotMatch(PlaceholderPattern(), File.ReadAllText(ReadmePath));

    [Theory]
    [MemberData(nameof(BlockNumbers))]
    public void CSharpBlock_IsATestedExample_AndPrintsWhatItsCommentsSay(int number)
    {
        var block = ReadmeBlocks()[number];
        var region = ExampleRegions().FirstOrDefault(r => r.Lines.SequenceEqual(block));
        Assert.True(region.Lines is not null, $"README C# block {number} (starting \"{block.FirstOrDefault()}\") is not in ReadmeExamples.cs verbatim.");
        if (region.Method is null)
        {
            return;
        }

        var method = typeof(ReadmeExamples).GetMethod(region.Method, BindingFlags.Public | BindingFlags.Static)!;
        var previous = Directory.GetCurrentDirectory();
        (string Out, string Error) printed;
        lock (CurrentDirectoryLock)
        {
            Directory.SetCurrentDirectory(Snapshot.RepositoryRoot);
            try
            {
                printed = Console.Capture(() => method.Invoke(null, null));
            }
            finally
            {
                Directory.SetCurrentDirectory(previous);
            }
        }

        Assert.Equal(string.Empty, printed.Error);
        var output = printed.Out.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var expected = ExpectedOutputs(block);
        Assert.Equal(expected.Count, output.Length);
        for (var i = 0; i < expected.Count; i++)
        {
            if (expected[i] is { } comment)
            {
                Assert.True(
                    comment == output[i] || comment.StartsWith(output[i] + ": ", StringComparison.Ordinal),
                    $"README says line {i} prints \"{comment}\", the code printed \"{output[i]}\".");
            }
        }
    }

    private static readonly Lock CurrentDirectoryLock = new();

    // Each WriteLine's expected output: its trailing comment, or the comment line right after it; null when none.
    private static List<string?> ExpectedOutputs(string[] lines)
    {
        var expected = new List<string?>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (!lines[i].StartsWith("Console.WriteLine(", StringComparison.Ordinal))
            {
                continue;
            }

            var comment = lines[i].IndexOf("// ", StringComparison.Ordinal);
            expected.Add(
                comment >= 0 ? lines[i][(comment + 3)..].Trim()
                : i + 1 < lines.Length && lines[i + 1].StartsWith("// ", StringComparison.Ordinal) ? lines[i + 1][3..].Trim()
                : null);
        }

        return expected;
    }

    private static List<string[]> ReadmeBlocks()
    {
        var blocks = new List<string[]>();
        List<string>? current = null;
        foreach (var line in File.ReadAllLines(ReadmePath))
        {
            if (current is null && line == "```csharp")
            {
                current = [];
            }
            else if (current is not null && line == "```")
            {
                blocks.Add(Normalize(current.Where(l => !l.StartsWith("using ", StringComparison.Ordinal))));
                current = null;
            }
            else
            {
                current?.Add(line);
            }
        }

        return blocks;
    }

    private static List<(string? Method, string[] Lines)> ExampleRegions()
    {
        var regions = new List<(string?, string[])>();
        string? method = null;
        List<string>? current = null;
        foreach (var raw in File.ReadAllLines(ExamplesPath))
        {
            var line = raw.Trim();
            if (MethodPattern().Match(line) is { Success: true } m)
            {
                method = m.Groups[1].Value;
            }
            else if (line == "// README")
            {
                current = [];
            }
            else if (line == "// /README")
            {
                regions.Add((raw.StartsWith("        ", StringComparison.Ordinal) ? method : null, Normalize(current!)));
                current = null;
            }
            else
            {
                current?.Add(raw);
            }
        }

        return regions;
    }

    // Compare code, not indentation: trim each line, drop blank ones.
    private static string[] Normalize(IEnumerable<string> lines) =>
        [.. lines.Select(l => Regex.Replace(l.Trim(), " {2,}//", " //")).Where(l => l.Length > 0)];

    [GeneratedRegex(@"^public static void (\w+)\(\)$")]
    private static partial Regex MethodPattern();

    [GeneratedRegex(@"\b[A-Z]+-SECTION\b")]
    private static partial Regex PlaceholderPattern();
}
