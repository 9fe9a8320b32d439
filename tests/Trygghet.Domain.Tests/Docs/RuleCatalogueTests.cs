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
            Assert.Contains(rule.Basis.Citation.Swedish, markdown, StringComparison.Ordinal);
            Assert.Contains(rule.Message.English, markdown, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Entries_OrderedById_AndIncludeEngineFindings()
    {
        var ids = RuleCatalogue.Entries.Select(e => e.Id).ToList();

        Assert.Equal(ids.Order(StringComparer.Ordinal), ids);
        Assert.Contains(EngineFindings.NoVersionInForce.Id, ids);
    }
}
