using Trygghet.Domain.Rules.Runtime;
using Trygghet.Domain.Samples;
using Trygghet.Domain.Validation;

namespace Trygghet.Domain.Tests.Validation;

/// <summary>Explain: every finding's trace names the rule version chosen for the date and the facts with their paths.</summary>
public sealed class FindingTraceTests
{
    [Fact]
    public void Explain_UnattestedProtocol_TracesTheMissingAttestationToTheDerivedDeadline()
    {
        var protocol = Procedure.Rules.ProcedureFixtures.UnattestedProtocol;

        var report = TrygghetValidator.Default.Validate(protocol, new DateOnly(2019, 12, 31));
        var traces = TrygghetValidator.Default.Explain(protocol, new DateOnly(2019, 12, 31));

        Assert.Equal(report.Findings.Items, traces.Select(t => t.Finding));
        var missing = traces.Single(t => t.Finding.RuleId == "KL-5-69-JUSTERING-SAKNAS");
        Assert.Equal(new DateOnly(2019, 4, 10), missing.EvaluationDate);
        Assert.True(missing.Basis.IsInForceOn(missing.EvaluationDate));
        // the rule matches the deadline another rule derived from the meeting: a derived fact, with its path
        var deadline = Assert.Single(missing.Facts);
        Assert.True(deadline.IsDerived);
        Assert.Equal("$.attestation", deadline.Path);
        Assert.Contains("2019-04-24", deadline.Values, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_EveryFindingOfEverySeed_HasAVersionInForceOnItsDateAndFactsWithPaths()
    {
        foreach (var seed in SeedCatalogue.Documents)
        {
            var traces = TrygghetValidator.Default.Explain(seed.Document, seed.AsOf);

            Assert.Equal(TrygghetValidator.Default.Validate(seed.Document, seed.AsOf).Findings.Count, traces.Count);
            Assert.All(traces.Where(t => t.Finding.RuleId != EngineFindings.NoVersionInForce.Id), t =>
            {
                Assert.True(t.Basis.IsInForceOn(t.EvaluationDate), $"{seed.Name}: {t.Finding.RuleId}");
                Assert.NotEmpty(t.Facts);
                // the finding's own path is the path of one of the facts it matched, or a part of one
                Assert.True(t.Finding.Path.Length == 0 || t.Facts.All(f => f.Path is null) || t.Facts.Any(f => f.Path is { } p && (p.StartsWith(t.Finding.Path, StringComparison.Ordinal) || t.Finding.Path.StartsWith(p, StringComparison.Ordinal))),
                    $"{seed.Name}: {t.Finding.RuleId} @ {t.Finding.Path}: {string.Join("; ", t.Facts.Select(f => f.Path))}");
            });
        }
    }

    [Fact]
    public void Explain_EveryPlaceholderOfTheMessage_IsATraceArgumentWhoseValueTheMessageShows()
    {
        var traces = TrygghetValidator.Default.Explain(SeedCatalogue.CooperationAgreement2022, new DateOnly(2022, 9, 9));

        Assert.NotEmpty(traces);
        foreach (var trace in traces)
        {
            var template = RuleCatalogue.Entries.FirstOrDefault(r => r.Id == trace.Finding.RuleId)?.Message.Swedish ?? string.Empty;
            var arguments = trace.Arguments.ToDictionary(a => a.Key, a => a.Value);
            foreach (var placeholder in System.Text.RegularExpressions.Regex.Matches(template, @"\{(\w+)\}").Select(m => m.Groups[1].Value))
            {
                Assert.Contains(arguments[placeholder], trace.Finding.Message.Swedish, StringComparison.Ordinal);
            }
        }
    }
}
