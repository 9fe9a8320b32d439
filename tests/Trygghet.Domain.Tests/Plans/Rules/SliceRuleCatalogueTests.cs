using System.Text.RegularExpressions;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Councils.Rules;
using Trygghet.Domain.Finance.Rules;
using Trygghet.Domain.Partnerships.Rules;
using Trygghet.Domain.Plans.Rules;
using Trygghet.Domain.Rules.Runtime;
using Trygghet.Domain.Rules.Authoring;
using Trygghet.Domain.Councils;
using Trygghet.Domain.Finance;
using Trygghet.Domain.Partnerships;
using Trygghet.Domain.Plans;

namespace Trygghet.Domain.Tests.Plans.Rules;

/// <summary>The plan, partnership, finance and council rules keep the catalogue's conventions.</summary>
public sealed class SliceRuleCatalogueTests
{
    private static readonly Rule[] All = [.. ActionProgrammeDocument.Descriptor.Rules, .. PartnershipDocument.Descriptor.Rules, .. AppropriationDocument.Descriptor.Rules, .. CouncilReportDocument.Descriptor.Rules];

    [Fact]
    public void Ids_AreUniqueUpperCaseContracts()
    {
        Assert.Equal(All.Length, All.Select(r => r.Metadata.Id).Distinct(StringComparer.Ordinal).Count());
        Assert.All(All, r => Assert.Matches("^[A-Z0-9]+(-[A-Z0-9]+)+$", r.Metadata.Id));
    }

    [Fact]
    public void EveryRule_CitesABasisInBothLanguagesAndSharesPlaceholders()
    {
        Assert.All(All, r =>
        {
            Assert.False(string.IsNullOrWhiteSpace(r.Metadata.Basis.Citation.Swedish));
            Assert.False(string.IsNullOrWhiteSpace(r.Metadata.Basis.Citation.English));
            Assert.NotEmpty(r.Metadata.Tags);
            Assert.Equal(PlanRulesTests.Placeholders(r.Metadata.Message.Swedish), PlanRulesTests.Placeholders(r.Metadata.Message.English));
        });
    }

    [Fact]
    public void OnlyTheCrimePreventionActRule_HasAnInForceDate()
    {
        var dated = All.Where(r => r.Metadata.Basis.InForceFrom != DateOnly.MinValue).Select(r => r.Metadata.Id);
        Assert.Equal(["BFL-6-ATGARDSPLAN-UPPFOLJNING"], dated);
    }

    [Fact]
    public void TheFullSliceCompilesIntoOneRuleSet() =>
        Assert.Equal(All.Length, new RuleSetBuilder().Add(All).Build().Rules.Count);
}
