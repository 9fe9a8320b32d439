using System.Globalization;
using Trygghet.Domain.Common;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Validation;
using Trygghet.Domain.Serialization;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.Tests.Validation;

public sealed class TrygghetValidatorTests
{
    private static readonly DateOnly AsOf = new(2024, 6, 1);

    /// <summary>A caller's own document type.</summary>
    private sealed record Note(string Title, int Pages) : IDocument
    {
        public DocumentKind Kind => DocumentKind.CouncilReport;
    }

    private static RuleMetadata Meta(string id, Severity severity = Severity.Error) => new()
    {
        Id = id,
        Name = new LocalizedText("För många sidor", "Too many pages"),
        Description = new LocalizedText("En anteckning får ha högst tio sidor.", "A note may have at most ten pages."),
        Message = new LocalizedText("Anteckningen har {pages} sidor.", "The note has {pages} pages."),
        Basis = LegalBasis.Law(new LocalizedText("Lokal föreskrift 3 §", "Local regulation s. 3"), DateOnly.MinValue),
        DefaultSeverity = severity,
    };

    private static Rule TooLong(string id = "TEST-NOTE-PAGES", Severity severity = Severity.Error) =>
        CustomRule.Create(Meta(id, severity), rule => rule
            .Match<Note>(n => n.Pages > 10)
            .Then((ctx, n) => ctx.Report("pages", ("pages", n.Pages))));

    [Fact]
    public void Validate_CustomRuleMatches_ReportsErrorWithBothLanguagesAndPath()
    {
        var validator = new TrygghetValidator(TrygghetValidatorOptions.Default.AddRules(TooLong()));

        var report = validator.Validate(new Note("Anteckning", 12), AsOf);

        var finding = Assert.Single(report.FindingsFor("TEST-NOTE-PAGES"));
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal("Anteckningen har 12 sidor.", finding.Message.Swedish);
        Assert.Equal("The note has 12 pages.", finding.Message.Get(CultureInfo.GetCultureInfo("en-GB")));
        Assert.Equal("$.pages", finding.Path);
        Assert.Equal("Lokal föreskrift 3 §", finding.Basis.Swedish);
        Assert.Equal(BasisKind.Law, finding.BasisKind);
        Assert.False(report.IsCompliant);
        Assert.Equal(1, report.ErrorCount);
        Assert.Equal(AsOf, report.AsOf);
        Assert.Equal("Anteckning", report.Title);
    }

    [Fact]
    public void Validate_NoRuleMatches_IsCompliant()
    {
        var validator = new TrygghetValidator(TrygghetValidatorOptions.Default.AddRules(TooLong()));

        var report = validator.Validate(new Note("Kort", 3), AsOf);

        Assert.Empty(report.FindingsFor("TEST-NOTE-PAGES"));
        Assert.Equal(report.ErrorCount == 0, report.IsCompliant);
    }

    [Fact]
    public void Validate_WarningOnly_StillCompliant()
    {
        var options = TrygghetValidatorOptions.Default with { IncludeDefaultRules = false };
        var validator = new TrygghetValidator(options.AddRules(TooLong()).WithSeverity("TEST-NOTE-PAGES", Severity.Warning));

        var report = validator.Validate(new Note("Lång", 20), AsOf);

        Assert.True(report.IsCompliant);
        Assert.Equal(1, report.WarningCount);
        Assert.Equal(Severity.Warning, Assert.Single(report.Findings).Severity);
    }

    [Fact]
    public void Validate_DisabledRule_DoesNotRun()
    {
        var options = (TrygghetValidatorOptions.Default with { IncludeDefaultRules = false })
            .AddRules(TooLong())
            .Disable("TEST-NOTE-PAGES");

        var report = new TrygghetValidator(options).Validate(new Note("Lång", 20), AsOf);

        Assert.Empty(report.Findings);
        Assert.DoesNotContain(new TrygghetValidator(options).Rules, r => r.Id == "TEST-NOTE-PAGES");
    }

    [Fact]
    public void Constructor_DisablingUnknownRule_Throws()
    {
        var options = TrygghetValidatorOptions.Default.Disable("NO-SUCH-RULE");

        Assert.Throws<InvalidOperationException>(() => new TrygghetValidator(options));
    }

    [Fact]
    public void Default_IsOneSharedInstanceRunningTheDefaultRules()
    {
        Assert.Same(TrygghetValidator.Default, TrygghetValidator.Default);
        Assert.Equal(
            DefaultRules.All.Select(r => r.Metadata.Id).Distinct().Order(StringComparer.Ordinal),
            TrygghetValidator.Default.Rules.Select(r => r.Id).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Validate_ManyFindings_OrderedErrorsFirstThenIdThenPath()
    {
        var options = (TrygghetValidatorOptions.Default with { IncludeDefaultRules = false })
            .AddRules(TooLong("TEST-B"), TooLong("TEST-A", Severity.Warning), TooLong("TEST-C", Severity.Info));

        var report = new TrygghetValidator(options).Validate(new Note("Lång", 20), AsOf);

        Assert.Equal(["TEST-B", "TEST-A", "TEST-C"], report.Findings.Select(f => f.RuleId));
        Assert.Equal((1, 1, 1), (report.ErrorCount, report.WarningCount, report.InfoCount));
    }

    [Fact]
    public void ToString_SwedishByDefault_EnglishOnRequest()
    {
        var validator = new TrygghetValidator(TrygghetValidatorOptions.Default.AddRules(TooLong()));
        var report = validator.Validate(new Note("Lång", 20), AsOf);

        var swedish = report.Render(null);
        var english = report.Render(CultureInfo.GetCultureInfo("en"));

        Assert.Contains("Anteckningen har 20 sidor.", swedish, StringComparison.Ordinal);
        Assert.Contains("följer inte lagen", swedish, StringComparison.Ordinal);
        Assert.Contains("FEL TEST-NOTE-PAGES $.pages", swedish, StringComparison.Ordinal);
        Assert.Contains("The note has 20 pages.", english, StringComparison.Ordinal);
        Assert.Contains("not lawful", english, StringComparison.Ordinal);
        Assert.Contains("Basis (law): Local regulation s. 3", english, StringComparison.Ordinal);
    }

    [Fact]
    public void ToJson_RoundTrips_AndUsesCamelCaseAndStringSeverities()
    {
        var validator = new TrygghetValidator(TrygghetValidatorOptions.Default.AddRules(TooLong()));
        var report = validator.Validate(new Note("Lång", 20), AsOf);

        var json = report.ToJson();
        var back = ValidationReportJson.Parse(json);

        Assert.Equal(report, back);
        Assert.Contains("\"severity\": \"error\"", json, StringComparison.Ordinal);
        Assert.Contains("\"asOf\": \"2024-06-01\"", json, StringComparison.Ordinal);
        Assert.Contains("\"isCompliant\": false", json, StringComparison.Ordinal);
        Assert.Contains("\"documentKind\": \"councilReport\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_SameValidatorManyThreads_SameReports()
    {
        var validator = new TrygghetValidator(TrygghetValidatorOptions.Default.AddRules(TooLong()));
        var notes = Enumerable.Range(1, 40).Select(i => new Note("N" + i, i)).ToArray();
        var expected = notes.Select(n => validator.Validate(n, AsOf)).ToArray();

        var actual = notes.AsParallel().AsOrdered().Select(n => validator.Validate(n, AsOf)).ToArray();

        Assert.Equal(expected, actual);
    }
}
