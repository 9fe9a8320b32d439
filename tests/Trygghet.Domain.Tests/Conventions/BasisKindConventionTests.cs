using Trygghet.Domain.Rules;
using Trygghet.Domain.Validation;

namespace Trygghet.Domain.Tests.Conventions;

/// <summary>Every rule states its kind of basis; only law can make a default error; no rule cites a seed document.</summary>
public sealed class BasisKindConventionTests
{
    [Fact]
    public void DefaultRules_ErrorOnlyOnLaw()
    {
        var offenders = RuleCatalogue.Entries
            .Where(r => r.DefaultSeverity == Severity.Error && r.Basis.Kind != BasisKind.Law)
            .Select(r => r.Id);

        Assert.Empty(offenders);
    }

    [Fact]
    public void DocumentBases_CiteTheValidatedDocument_NeverASeed()
    {
        foreach (var rule in RuleCatalogue.Entries.Where(r => r.Basis.Kind == BasisKind.Document))
        {
            Assert.StartsWith(LegalBasis.DocumentPlaceholder, rule.Basis.Citation.Swedish, StringComparison.Ordinal);
            Assert.DoesNotMatch(@"(KS|SN) \d", rule.Basis.Citation.Swedish);
        }
    }

    [Fact]
    public void GuidanceBases_NamePublisherAndTitle()
    {
        var guidance = RuleCatalogue.Entries.Where(r => r.Basis.Kind == BasisKind.Guidance).ToList();

        Assert.NotEmpty(guidance);
        Assert.All(guidance, r => Assert.Contains("Brå, ", r.Basis.Citation.Swedish, StringComparison.Ordinal));
    }

    [Fact]
    public void LegalBasis_DefaultSeverityFollowsTheKind()
    {
        var citation = new Trygghet.Domain.Common.LocalizedText("x", "x");

        Assert.Equal(Severity.Error, LegalBasis.Law(citation, new DateOnly(2018, 1, 1)).DefaultSeverity);
        Assert.Equal(Severity.Warning, LegalBasis.Document(citation).DefaultSeverity);
        Assert.Equal(Severity.Info, LegalBasis.Guidance(citation).DefaultSeverity);
        Assert.Equal(Severity.Warning, new RuleMetadata { Id = "X", Basis = LegalBasis.Document(citation) }.DefaultSeverity);
    }

    [Fact]
    public void DocumentBasis_WithDocument_ReplacesThePlaceholderOnly()
    {
        var basis = LegalBasis.Document(new Trygghet.Domain.Common.LocalizedText("avsnitt Uppföljning", "section Follow-up"));

        var cited = basis.WithDocument(new Trygghet.Domain.Common.LocalizedText("KS 2024/0456", "KS 2024/0456"));

        Assert.Equal("KS 2024/0456, avsnitt Uppföljning", cited.Citation.Swedish);
        Assert.Equal("KS 2024/0456, section Follow-up", cited.Citation.English);
        Assert.Equal((BasisKind.Document, basis.InForceFrom), (cited.Kind, cited.InForceFrom));
    }
}
