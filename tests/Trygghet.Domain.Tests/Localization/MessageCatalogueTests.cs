using System.Globalization;
using System.Text.RegularExpressions;
using Trygghet.Domain.Common;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Samples;
using Trygghet.Domain.Validation;

namespace Trygghet.Domain.Tests.Localization;

/// <summary>The message catalogues: one per language, the same keys and placeholders, no language mixed into another.</summary>
public sealed partial class MessageCatalogueTests
{
    private static readonly MessageCatalogue[] Languages = [MessageCatalogue.Swedish, MessageCatalogue.English];

    private static IEnumerable<string> PlaceholdersOf(string template) =>
        Placeholder().Matches(template).Select(m => m.Groups[1].Value).Distinct().Order(StringComparer.Ordinal);

    [GeneratedRegex(@"\{([A-Za-z]+)(\|[^}]*)?\}")]
    private static partial Regex Placeholder();

    [Fact]
    public void EveryLanguage_HasEveryKey_WithTheSamePlaceholders()
    {
        var keys = Languages.SelectMany(l => l.Rules.Keys).ToHashSet(StringComparer.Ordinal);
        var words = Languages.SelectMany(l => l.Words.Keys).ToHashSet(StringComparer.Ordinal);
        foreach (var language in Languages)
        {
            Assert.Empty(keys.Except(language.Rules.Keys));
            Assert.Empty(words.Except(language.Words.Keys));
        }

        foreach (var key in keys)
        {
            var sets = Languages.Select(l => string.Join(",", PlaceholdersOf(l.Rules[key].Message))).Distinct().ToList();
            Assert.True(sets.Count == 1, $"{key}: the languages use different placeholders: {string.Join(" / ", sets)}");
        }

        foreach (var key in words)
        {
            var sets = Languages.Select(l => string.Join(",", PlaceholdersOf(l.Words[key]))).Distinct().ToList();
            Assert.True(sets.Count == 1, $"{key}: the languages use different placeholders: {string.Join(" / ", sets)}");
        }
    }

    [Fact]
    public void EveryDefaultRule_TakesItsTextsFromTheCatalogues()
    {
        foreach (var rule in RuleCatalogue.Entries)
        {
            Assert.False(rule.HasInlineTexts, $"{rule.Id} carries its texts inline; put them in Localization/Messages.*.cs");
            Assert.All(Languages, l => Assert.True(l.Rules.ContainsKey(rule.MessageKey), $"{l.Language} lacks {rule.MessageKey}"));
        }

        var used = RuleCatalogue.Entries.Select(r => r.MessageKey).ToHashSet(StringComparer.Ordinal);
        var unused = MessageCatalogue.Swedish.Rules.Keys.Where(k => !used.Contains(k)).ToList();
        Assert.True(unused.Count == 0, "Keys no rule uses: " + string.Join(", ", unused));
    }

    [Fact]
    public void EnumWords_CoverEveryValueOfTheEnumsTheCataloguesName()
    {
        var assembly = typeof(MessageCatalogue).Assembly;
        var named = MessageCatalogue.Swedish.Words.Keys.Where(k => !k.StartsWith("Report.", StringComparison.Ordinal))
            .Select(k => k[..k.IndexOf('.', StringComparison.Ordinal)]).Distinct();
        foreach (var typeName in named)
        {
            var type = assembly.GetTypes().Single(t => t.IsEnum && t.Name == typeName);
            foreach (var value in Enum.GetNames(type))
            {
                Assert.All(Languages, l => Assert.True(l.Words.ContainsKey($"{typeName}.{value}"), $"{l.Language} lacks {typeName}.{value}"));
            }
        }
    }

    [Theory]
    [InlineData(0, "0 varningar")]
    [InlineData(1, "1 varning")]
    [InlineData(2, "2 varningar")]
    public void CountWord_SwedishPlural(int count, string expected) =>
        Assert.Equal(expected, MessageCatalogue.Swedish.Format("{n} {n|varning|varningar}", [new("n", count)]));

    [Fact]
    public void Summary_OneWarning_IsSingularInSwedish()
    {
        var once = CustomRule.Create(
            new RuleMetadata
            {
                Id = "TEST-ONE-WARNING",
                Name = new("En varning", "One warning"),
                Description = new("Varnar en gång.", "Warns once."),
                Message = new("En varning.", "One warning."),
                Basis = LegalBasis.Document(new("testavsnitt", "test section")),
            },
            rule => rule.Match<Trygghet.Domain.Procedure.Protocol>().Then((ctx, _) => ctx.Report(string.Empty)));
        var options = TrygghetValidatorOptions.Default.AddRules(once) with { IncludeDefaultRules = false };
        var protocol = SeedCatalogue.SafetyCommitteeProtocol20201120;
        var report = new TrygghetValidator(options).Validate(protocol, new DateOnly(2020, 12, 31));
        Assert.Equal(1, report.WarningCount);

        Assert.Contains("1 varning,", report.Summary(null), StringComparison.Ordinal);
        Assert.Contains("1 warning,", report.Summary(CultureInfo.GetCultureInfo("en")), StringComparison.Ordinal);
    }

    [Fact]
    public void EnumArguments_AreWordsOfTheReadersLanguage()
    {
        Assert.Equal("återremiss", MessageCatalogue.Swedish.FormatValue(Trygghet.Domain.Procedure.MotionKind.Referral));
        Assert.Equal("referral back", MessageCatalogue.English.FormatValue(Trygghet.Domain.Procedure.MotionKind.Referral));
        Assert.Equal("the municipality", MessageCatalogue.English.FormatValue(Trygghet.Domain.Agreements.PartyKind.Municipality));
        Assert.Equal("english", MessageCatalogue.English.FormatValue(new LocalizedText("svenska", "english")));
    }

    /// <summary>Words of the other language that must never appear in a message (from the mixed messages found before).</summary>
    private static readonly string[] SwedishOnly = ["återremiss", "bordläggning", "kommun (", "förslag/", "drift/", "halvårsbokslut", "dagar", "tertialvis"];
    private static readonly string[] EnglishOnly = ["(municipality)", "(local police area)", "/proposal", "/operating", "(half-yearly)", "(no purpose"];

    [Fact]
    public void SeedFindings_NeverMixLanguages()
    {
        var findings = SeedCatalogue.Documents
            .SelectMany(s => new[] { s.AsOf.AddYears(-1), s.AsOf, s.AsOf.AddYears(1) }.Select(d => TrygghetValidator.Default.Validate(s.Document, d)))
            .SelectMany(r => r.Findings)
            .ToList();
        Assert.NotEmpty(findings);
        foreach (var finding in findings)
        {
            Assert.DoesNotContain(SwedishOnly, w => finding.Message.English.Contains(w, StringComparison.Ordinal));
            Assert.DoesNotContain(EnglishOnly, w => finding.Message.Swedish.Contains(w, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void AThirdLanguage_IsOneCatalogue()
    {
        // A (partial) Norwegian catalogue: one rule's texts and the report's words.
        var norwegian = MessageCatalogue.Create(
            "nb",
            new Dictionary<string, RuleTexts>
            {
                ["KL-5-69-JUSTERING-SEN"] = new("Justert for sent", "Protokollet skal justeres innen fjorten dager.", "Protokollet ble justert {attested}; fristen var {deadline}."),
            },
            new Dictionary<string, string>
            {
                ["Severity.Error"] = "feil",
                ["BasisKind.Law"] = "lov",
                ["DocumentKind.Protocol"] = "protokoll",
                ["Report.Basis"] = "Grunnlag",
                ["Report.Summary"] = "{kind} \"{title}\" per {date}: {errors} {errors|feil|feil}, {warnings} advarsler, {infos} info; {compliance}.",
                ["Report.Compliant"] = "lovlig",
                ["Report.NotCompliant"] = "ikke lovlig",
                ["Report.CommitmentsKept"] = "holder egne forpliktelser",
                ["Report.CommitmentsNotKept"] = "{count} egne forpliktelser holdes ikke",
            });
        var late = DeadlineCalculator.Default.Calculate(new DateOnly(2020, 11, 20), attested: new DateOnly(2020, 12, 5));

        var finding = Assert.Single(late.Findings);
        Assert.Equal("Protokollet ble justert 2020-12-05; fristen var 2020-12-04.", finding.MessageIn(norwegian));
    }
}
