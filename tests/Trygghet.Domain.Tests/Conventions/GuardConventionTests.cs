using System.Text.RegularExpressions;

namespace Trygghet.Domain.Tests.Conventions;

/// <summary>Argument checks in src/ go through <c>Guard.Against</c> (Ardalis.GuardClauses and the domain's own guards in DomainGuards).</summary>
public sealed partial class GuardConventionTests
{
    [Fact]
    public void NoSourceFile_UsesTheFrameworkThrowHelpers_OutsideTheDomainGuards()
    {
        var src = Path.Combine(Docs.Snapshot.RepositoryRoot, "src");
        var offenders = Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && Path.GetFileName(f) != "DomainGuards.cs")
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (File: f, Line: i + 1, Text: line)))
            .Where(l => !l.Text.TrimStart().StartsWith("//", StringComparison.Ordinal) && ThrowHelper().IsMatch(l.Text))
            .Select(l => $"{Path.GetRelativePath(src, l.File)}:{l.Line}: {l.Text.Trim()}")
            .ToList();

        Assert.True(offenders.Count == 0, "Use Guard.Against (see Common/DomainGuards.cs):\n" + string.Join("\n", offenders));
    }

    [Theory]
    [InlineData("ArgumentNullException.ThrowIfNull(x);")]
    [InlineData("ArgumentException.ThrowIfNullOrWhiteSpace(name);")]
    [InlineData("ArgumentOutOfRangeException.ThrowIfNegative(count);")]
    [InlineData("ArgumentOutOfRangeException.ThrowIfGreaterThan(a, b);")]
    public void Scan_WouldCatchEachThrowHelper(string line) => Assert.Matches(ThrowHelper(), line);

    [Fact]
    public void Scan_LetsTheGuardsThrough() => Assert.DoesNotMatch(ThrowHelper(), "Guard.Against.Null(x);");

    [GeneratedRegex(@"\bArgument(Null|OutOfRange)?Exception\.ThrowIf")]
    private static partial Regex ThrowHelper();
}
