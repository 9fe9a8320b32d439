using System.Reflection;
using System.Text.RegularExpressions;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Validation;
using Trygghet.Domain.Rules.Runtime;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.Tests.Conventions;

public sealed partial class ConventionTests
{
    private static readonly Assembly Library = typeof(TrygghetValidator).Assembly;

    private static IEnumerable<RuleMetadata> AllMetadata =>
        DefaultRules.All.Select(r => r.Metadata).Append(EngineFindings.NoVersionInForce);

    [Fact]
    public void EveryRule_SwedishAndEnglishMessages_UseTheSamePlaceholders()
    {
        foreach (var rule in AllMetadata)
        {
            Assert.True(
                Placeholders(rule.Message.Swedish).SetEquals(Placeholders(rule.Message.English)),
                $"{rule.Id}: Swedish {{{string.Join(",", Placeholders(rule.Message.Swedish))}}} vs English {{{string.Join(",", Placeholders(rule.Message.English))}}}");
        }
    }

    [Fact]
    public void EveryRule_HasAnIdUniqueToOneMeaning_AndABasis()
    {
        foreach (var group in AllMetadata.GroupBy(m => m.Id, StringComparer.Ordinal))
        {
            Assert.Matches("^[A-Z0-9]+(-[A-Z0-9]+)*$", group.Key);
            foreach (var rule in group)
            {
                Assert.NotNull(rule.Basis);
                Assert.False(string.IsNullOrWhiteSpace(rule.Basis.Citation.Swedish), rule.Id);
                Assert.False(string.IsNullOrWhiteSpace(rule.Basis.Citation.English), rule.Id);
            }

            // Several entries with one id are versions: their in-force periods must not overlap.
            var versions = group.ToList();
            for (var i = 0; i < versions.Count; i++)
            {
                for (var j = i + 1; j < versions.Count; j++)
                {
                    Assert.False(versions[i].Basis.Overlaps(versions[j].Basis), $"{group.Key}: two versions in force at once");
                }
            }
        }
    }

    [Fact]
    public void EveryRuleClass_IsRegisteredInTheDefaultRules()
    {
        // A generic rule family (one class per kind of part, e.g. PlanStructureRule<TFact>) counts as registered when any of its closed types is.
        var registered = DefaultRules.All.Select(r => r.GetType()).SelectMany(t => t.IsGenericType ? [t, t.GetGenericTypeDefinition()] : new[] { t }).ToHashSet();
        var ruleClasses = Library.GetTypes()
            .Where(t => typeof(Rule).IsAssignableFrom(t) && !t.IsAbstract && !t.IsNested)
            .ToList();

        Assert.All(ruleClasses, t => Assert.Contains(t, registered));
    }

    [Fact]
    public void EveryPublicType_IsSealedStaticAbstractRuleInterfaceEnumOrStruct()
    {
        foreach (var type in Library.GetExportedTypes())
        {
            var ok = type.IsInterface
                || type.IsEnum
                || type.IsValueType
                || type.IsSealed
                || (type.IsAbstract && type.IsSealed) // static
                || type == typeof(Rule)
                || typeof(Delegate).IsAssignableFrom(type);
            Assert.True(ok, $"{type.FullName} is public but neither sealed, static, an interface, an enum nor a struct.");
        }
    }

    [Fact]
    public void NoPublicType_HasAPublicSetterOtherThanInit()
    {
        foreach (var type in Library.GetExportedTypes())
        {
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            {
                var setter = property.GetSetMethod(nonPublic: false);
                if (setter is null)
                {
                    continue;
                }

                var isInit = setter.ReturnParameter.GetRequiredCustomModifiers()
                    .Any(m => m.FullName == "System.Runtime.CompilerServices.IsExternalInit");
                Assert.True(isInit, $"{type.FullName}.{property.Name} has a public setter.");
            }
        }
    }

    [Fact]
    public void NoSourceFile_ReadsTheClock()
    {
        var src = Path.Combine(Docs.Snapshot.RepositoryRoot, "src");
        var forbidden = ClockPattern();
        var offenders = Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (File: f, Line: i + 1, Text: line)))
            .Where(l => !l.Text.TrimStart().StartsWith("//", StringComparison.Ordinal) && forbidden.IsMatch(l.Text))
            .Select(l => $"{Path.GetRelativePath(src, l.File)}:{l.Line}: {l.Text.Trim()}")
            .ToList();

        Assert.True(offenders.Count == 0, "The library must not read the clock:\n" + string.Join("\n", offenders));
    }

    [Fact]
    public void ClockScan_WouldCatchEachForbiddenCall()
    {
        foreach (var call in new[] { "DateTime.Now", "DateTime.Today", "DateTime.UtcNow", "DateTimeOffset.Now", "DateTimeOffset.UtcNow", "TimeProvider.System" })
        {
            Assert.Matches(ClockPattern(), $"var x = {call};");
        }

        Assert.DoesNotMatch(ClockPattern(), "var x = DateOnly.MinValue;");
    }

    private static HashSet<string> Placeholders(string template) =>
        PlaceholderPattern().Matches(template).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex(@"\{([A-Za-z][A-Za-z0-9]*)\}")]
    private static partial Regex PlaceholderPattern();

    [GeneratedRegex(@"\b(DateTime|DateTimeOffset)\s*\.\s*(Now|Today|UtcNow)\b|\bTimeProvider\s*\.\s*System\b")]
    private static partial Regex ClockPattern();
}
