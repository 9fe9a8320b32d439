using Trygghet.Domain.Rules;
using Trygghet.Domain.Validation;
using Trygghet.Domain.Rules.Runtime;

namespace Trygghet.Domain.Tests.Docs;

public sealed class RuleCatalogueTests
{
    [Fact]
    public void RulesMarkdown_IsUpToDate() => Snapshot.Verify("docs/rules.md", RuleCatalogue.ToMarkdown());

    [Fact]
    public void ToMarkdown_ListsEveryDefaultRuleWithBothLanguages()
    {
        var markdown = RuleCatalogue.ToMarkdown();

        foreach (var rule in DefaultRules.All.Select(r => r.Metadata).Append(EngineFindings.NoVersionInForce))
        {
            Assert.Contains("## " + rule.Id, markdown, StringComparison.Ordinal);
            Assert.Contains(rule.Name.Swedish, markdown, StringComparison.Ordinal);
            Assert.Contains(rule.Name.English, markdown, StringComparison.Ordinal);
            Assert.Contains(rule.Basis.Citation.Swedish.Replace(LegalBasis.DocumentPlaceholder, string.Empty, StringComparison.Ordinal), markdown, StringComparison.Ordinal);
            Assert.Contains(rule.Message.English, markdown, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void ToMarkdown_GroupsTheRulesByKindOfBasis()
    {
        var markdown = RuleCatalogue.ToMarkdown();
        var law = markdown.IndexOf("## Lag / Law", StringComparison.Ordinal);
        var document = markdown.IndexOf("## Dokumentets egna åtaganden", StringComparison.Ordinal);
        var guidance = markdown.IndexOf("## Vägledning / Guidance", StringComparison.Ordinal);

        Assert.True(law >= 0 && law < document && document < guidance, "law, then the document's own commitments, then guidance");
        Assert.Contains("[KL-5-69-JUSTERING-SEN]", markdown[law..document], StringComparison.Ordinal);
        Assert.Contains("[SOK-INSATSNUMMER]", markdown[document..guidance], StringComparison.Ordinal);
        Assert.Contains("[SOK-UNDERTECKNARE-SAKNAS]", markdown[guidance..markdown.IndexOf("## Regler / Rules", StringComparison.Ordinal)], StringComparison.Ordinal);
    }

    [Fact]
    public void Entries_OrderedById_AndIncludeEngineFindings()
    {
        var ids = RuleCatalogue.Entries.Select(e => e.Id).ToList();

        Assert.Equal(ids.Order(StringComparer.Ordinal), ids);
        Assert.Contains(EngineFindings.NoVersionInForce.Id, ids);
    }
}
