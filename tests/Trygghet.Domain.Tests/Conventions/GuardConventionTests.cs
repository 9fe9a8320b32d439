using System.Text.RegularExpressions;

namespace Trygghet.Domain.Tests.Conventions;

/// <summary>
/// Argument checks in src/ go through <c>Guard.Against</c> (Ardalis.GuardClauses and the domain's own guards in
/// DomainGuards): no framework throw helper and no hand-written <c>throw new Argument…Exception</c> outside DomainGuards.
/// </summary>
public sealed partial class GuardConventionTests
{
    [Fact]
    public void NoSourceFile_UsesTheFrameworkThrowHelpers_OutsideTheDomainGuards()
    {
        var offenders = Offenders(ThrowHelper());
        Assert.True(offenders.Count == 0, "Use Guard.Against (see Common/DomainGuards.cs):\n" + string.Join("\n", offenders));
    }

    [Fact]
    public void NoSourceFile_ThrowsANewArgumentException_OutsideTheDomainGuards()
    {
        var offenders = Offenders(HandWrittenThrow());
        Assert.True(
            offenders.Count == 0,
            "Use Guard.Against with a bilingual guard (see Common/DomainGuards.cs; add one there when none fits):\n" + string.Join("\n", offenders));
    }

    [Theory]
    [InlineData("ArgumentNullException.ThrowIfNull(x);")]
    [InlineData("ArgumentException.ThrowIfNullOrWhiteSpace(name);")]
    [InlineData("ArgumentOutOfRangeException.ThrowIfNegative(count);")]
    [InlineData("ArgumentOutOfRangeException.ThrowIfGreaterThan(a, b);")]
    public void Scan_WouldCatchEachThrowHelper(string line) => Assert.Matches(ThrowHelper(), line);

    [Theory]
    [InlineData("throw new ArgumentException(\"Bad.\", nameof(x));")]
    [InlineData("_ => throw new ArgumentOutOfRangeException(nameof(kind), kind, \"Unknown kind.\"),")]
    [InlineData("var x = y ?? throw new ArgumentNullException(nameof(y));")]
    [InlineData("? throw new System.ArgumentOutOfRangeException(nameof(i))")]
    public void Scan_WouldCatchEachHandWrittenThrow(string line) => Assert.Matches(HandWrittenThrow(), line);

    [Theory]
    [InlineData("Guard.Against.Null(x);")]
    [InlineData("_ => Guard.Against.UnknownValue<PeriodKind>(kind),")]
    [InlineData("throw new InvalidOperationException(\"Not an argument.\");")]
    public void Scan_LetsTheGuardsThrough(string line)
    {
        Assert.DoesNotMatch(ThrowHelper(), line);
        Assert.DoesNotMatch(HandWrittenThrow(), line);
    }

    /// <summary>The lines of src/*.cs (outside obj/, DomainGuards.cs and comments) that match, as "file:line: text".</summary>
    private static List<string> Offenders(Regex pattern)
    {
        var src = Path.Combine(Docs.Snapshot.RepositoryRoot, "src");
        return Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && Path.GetFileName(f) != "DomainGuards.cs")
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (File: f, Line: i + 1, Text: line)))
            .Where(l => !l.Text.TrimStart().StartsWith("//", StringComparison.Ordinal) && pattern.IsMatch(l.Text))
            .Select(l => $"{Path.GetRelativePath(src, l.File)}:{l.Line}: {l.Text.Trim()}")
            .ToList();
    }

    [GeneratedRegex(@"\bArgument(Null|OutOfRange)?Exception\.ThrowIf")]
    private static partial Regex ThrowHelper();

    [GeneratedRegex(@"\bthrow\s+new\s+(System\.)?Argument\w*Exception\b")]
    private static partial Regex HandWrittenThrow();
}
