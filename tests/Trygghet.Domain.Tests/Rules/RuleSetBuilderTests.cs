using Trygghet.Domain.Common;
using Trygghet.Domain.Rules;
using static Trygghet.Domain.Tests.Rules.TestRules;
using Trygghet.Domain.Rules.Runtime;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.Tests.Rules;

public sealed class RuleSetBuilderTests
{
    private static readonly LocalizedText Citation = new("Lag", "Act");
    private static readonly LegalBasis Old = new(Citation, new DateOnly(1992, 1, 1), new DateOnly(2017, 12, 31));
    private static readonly LegalBasis New = new(Citation, new DateOnly(2018, 1, 1));

    [Fact]
    public void Disable_ById_RuleNeverFires()
    {
        var set = new RuleSetBuilder().Add(HighItem(), ItemOwner()).Disable("HIGH-ITEM").Build();
        var session = Run(set, [new Item(1, 9), new Owner(1, 0)]);

        Assert.All(session.Findings, f => Assert.Equal("ITEM-OWNER", f.RuleId));
        Assert.DoesNotContain(set.Rules, r => r.Id == "HIGH-ITEM");
    }

    [Fact]
    public void WithSeverity_ById_ChangesEffectiveSeverity()
    {
        var set = new RuleSetBuilder().Add(HighItem()).WithSeverity("HIGH-ITEM", Severity.Warning).Build();
        var finding = Assert.Single(Run(set, [new Item(1, 9)]).Findings);

        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal(Severity.Warning, Assert.Single(set.Rules).DefaultSeverity);
    }

    [Fact]
    public void Add_CustomRule_RunsBesideTheOthers()
    {
        var custom = Rule("ARBETSORDNING-3", r => r.Match<Owner>(o => o.Value < 0).Then((ctx, o) => ctx.Report("owner", ("key", o.Key))));
        var set = new RuleSetBuilder().Add([HighItem()]).Add(custom).Build();
        var session = Run(set, [new Item(1, 9), new Owner(2, -1)]);

        Assert.Equal(["HIGH-ITEM", "ARBETSORDNING-3"], session.Findings.Select(f => f.RuleId));
    }

    [Theory]
    [InlineData("Disable")]
    [InlineData("WithSeverity")]
    public void Build_UnknownConfiguredId_ThrowsNamingIt(string operation)
    {
        var builder = new RuleSetBuilder().Add(HighItem());
        _ = operation == "Disable" ? builder.Disable("NO-SUCH") : builder.WithSeverity("NO-SUCH", Severity.Info);

        var error = Assert.Throws<InvalidOperationException>(builder.Build);
        Assert.Contains("NO-SUCH", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OpenSession_TwoVersions_PicksTheOneInForceOnTheEvaluationDate()
    {
        var set = new RuleSetBuilder().Add(Versioned(Old, "OLD"), Versioned(New, "NEW")).Build();

        Assert.Equal(["$.OLD"], Paths(set, new DateOnly(2017, 6, 1)));
        Assert.Equal(["$.NEW"], Paths(set, new DateOnly(2018, 1, 1)));
        Assert.Equal(["$.OLD"], Paths(set, new DateOnly(2017, 12, 31)));
    }

    [Fact]
    public void Fire_NoVersionInForceButNothingToMatch_ReportsNothing()
    {
        var set = new RuleSetBuilder().Add(Versioned(New, "NEW")).Build();
        var session = set.OpenSession(Options(new DateOnly(2017, 6, 1)));
        session.Insert("not an item");
        session.Fire();

        Assert.Empty(session.Findings);
    }

    [Fact]
    public void Fire_Twice_ReportsNoVersionOnce()
    {
        var set = new RuleSetBuilder().Add(Versioned(New, "NEW")).Build();
        var session = Run(set, [new Item(1, 9)], Options(new DateOnly(2017, 6, 1)));
        session.Insert(new Item(2, 9));
        session.Fire();

        Assert.Single(session.Findings, f => f.RuleId == EngineFindings.NoVersionInForce.Id);
    }

    [Fact]
    public void OpenSession_NoVersionInForce_ReportsRuleNoVersionAndSkipsTheRule()
    {
        var set = new RuleSetBuilder().Add(Versioned(New, "NEW"), HighItem()).Build();
        var session = Run(set, [new Item(1, 9)], Options(new DateOnly(2017, 6, 1)));

        var warning = Assert.Single(session.Findings, f => f.RuleId == EngineFindings.NoVersionInForce.Id);
        Assert.Equal("RULE-NO-VERSION", warning.RuleId);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal("Ingen version av regeln VERSIONED gäller 2017-06-01.", warning.Message.Swedish);
        Assert.Equal("No version of rule VERSIONED is in force on 2017-06-01.", warning.Message.English);
        Assert.DoesNotContain(session.Findings, f => f.RuleId == "VERSIONED");
        Assert.Contains(session.Findings, f => f.RuleId == "HIGH-ITEM");
    }

    [Fact]
    public void Build_OverlappingVersions_ThrowsNamingTheRule()
    {
        var overlapping = new LegalBasis(Citation, new DateOnly(2017, 12, 31));
        var error = Assert.Throws<ArgumentException>(() => new RuleSetBuilder().Add(Versioned(Old, "A"), Versioned(overlapping, "B")).Build());
        Assert.Contains("VERSIONED", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_PlaceholderMismatch_ThrowsNamingTheRule()
    {
        var rule = new DelegateRule(Meta("MISMATCH", swedish: "Fel {a}.", english: "Wrong {b}."), r => r.Match<Item>().Then((c, i) => { }));
        var error = Assert.Throws<ArgumentException>(() => new RuleSetBuilder().Add(rule).Build());
        Assert.Contains("MISMATCH", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("lower-case")]
    [InlineData("TRAILING-")]
    [InlineData("SPACE ID")]
    [InlineData("")]
    public void Build_InvalidId_Throws(string id)
    {
        var rule = new DelegateRule(Meta("X") with { Id = id }, r => r.Match<Item>().Then((c, i) => { }));
        Assert.Throws<ArgumentException>(() => new RuleSetBuilder().Add(rule).Build());
    }

    [Fact]
    public void Build_DefinitionWithoutThen_ThrowsNamingTheRule()
    {
        var rule = Rule("NO-THEN", r => r.Match<Item>());
        var error = Assert.Throws<InvalidOperationException>(() => new RuleSetBuilder().Add(rule).Build());
        Assert.Contains("NO-THEN", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Add_Null_Throws() =>
        Assert.Throws<ArgumentNullException>(() => new RuleSetBuilder().Add((Rule)null!));

    [Fact]
    public void LegalBasis_IsInForceOn_IsInclusive()
    {
        Assert.True(Old.IsInForceOn(new DateOnly(1992, 1, 1)));
        Assert.True(Old.IsInForceOn(new DateOnly(2017, 12, 31)));
        Assert.False(Old.IsInForceOn(new DateOnly(2018, 1, 1)));
        Assert.True(LegalBasis.Document(Citation).IsInForceOn(DateOnly.MinValue));
        Assert.Throws<ArgumentOutOfRangeException>(() => new LegalBasis(Citation, new DateOnly(2020, 1, 2), new DateOnly(2020, 1, 1)));
    }

    [Theory]
    [InlineData("metadata", "rule", "NullMetadataRule har ingen metadata.", "NullMetadataRule has no metadata.")]
    [InlineData("id", "metadata", "'lower-case' har ett ogiltigt id: använd versalerna A-Z, siffror och enstaka '-' mellan dem.", "'lower-case' has an invalid id: use upper-case letters A-Z, digits and single '-' between them.")]
    [InlineData("basis", "metadata", "FAULTY saknar grund.", "FAULTY lacks a basis.")]
    [InlineData("texts", "metadata", "FAULTY saknar texter: ange Name, Description och Message, eller lägg till nyckeln FAULTY i meddelandekatalogerna.", "FAULTY has no texts: give Name, Description and Message, or add the key FAULTY to the message catalogues.")]
    [InlineData("severity", "metadata", "FAULTY har en okänd allvarlighetsgrad.", "FAULTY has an undefined severity.")]
    [InlineData("placeholders", "metadata", "FAULTY använder platshållarna {a} i det svenska meddelandet men {b} i det engelska.", "FAULTY uses the placeholders {a} in the Swedish message but {b} in the English one.")]
    [InlineData("tags", "metadata", "FAULTY har oinitierade taggar (default).", "FAULTY has default (uninitialised) tags.")]
    [InlineData("versions", "rule", "VERSIONED har två versioner vars grunder gäller under överlappande perioder.", "VERSIONED has two versions whose bases are in force on overlapping periods.")]
    public void Build_AuthorError_NamesTheRuleAndTheFault_InBothLanguages(string fault, string parameter, string swedish, string english)
    {
        var meta = Meta("FAULTY");
        Rule[] rules = fault switch
        {
            "metadata" => [new NullMetadataRule()],
            "id" => [Faulty(meta with { Id = "lower-case" })],
            "basis" => [Faulty(meta with { Basis = null! })],
            "texts" => [Faulty(meta with { Name = null! })],
            "severity" => [Faulty(meta with { DefaultSeverity = (Severity)9 })],
            "placeholders" => [Faulty(Meta("FAULTY", swedish: "Fel {a}.", english: "Wrong {b}."))],
            "tags" => [Faulty(meta with { Tags = default })],
            _ => [Versioned(Old, "A"), Versioned(new LegalBasis(Citation, new DateOnly(2017, 12, 31)), "B")],
        };

        var thrown = Assert.Throws<ArgumentException>(() => new RuleSetBuilder().Add(rules).Build());
        Assert.Equal(parameter, thrown.ParamName);
        Common.BilingualMessage.Assert(thrown, "Regeln " + swedish, "Rule " + english);
    }

    private static DelegateRule Faulty(RuleMetadata metadata) => new(metadata, r => r.Match<Item>().Then((c, i) => { }));

    private sealed class NullMetadataRule : Rule
    {
        public override RuleMetadata Metadata => null!;

        protected override void Define(RuleBuilder rule) => rule.Match<Item>().Then((c, i) => { });
    }

    private static Rule Versioned(LegalBasis basis, string path) =>
        Rule("VERSIONED", r => r.Match<Item>().Then((ctx, i) => ctx.Report(path, ("key", i.Key))), basis: basis);

    private static string[] Paths(CompiledRuleSet set, DateOnly date) =>
        [.. Run(set, [new Item(1, 1)], Options(date)).Findings.Select(f => f.Path)];

    [Fact]
    public void Build_DefinitionWithoutThen_NamesTheRuleInEachLanguage()
    {
        var unfinished = Rule("UTAN-THEN", r => r.Match<Item>(i => i.Value > 0));

        var error = Assert.Throws<InvalidOperationException>(() => new RuleSetBuilder().Add(unfinished).Build());

        Tests.Common.BilingualMessage.Assert(
            error,
            "Regeln UTAN-THEN har en ogiltig definition: Regeldefinitionen slutar inte med Then.",
            "Rule UTAN-THEN has an invalid definition: The rule definition does not end with Then.");
    }

    [Fact]
    public void Disable_UnknownId_SaysSoInEachLanguage()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new RuleSetBuilder().Add(HighItem()).Disable("FINNS-INTE").Build());

        Assert.Contains("ingen regel med id FINNS-INTE har lagts till", DomainGuards.SwedishMessage(error), StringComparison.Ordinal);
        Assert.Contains("no rule with id FINNS-INTE has been added", error.Message, StringComparison.Ordinal);
    }
}
