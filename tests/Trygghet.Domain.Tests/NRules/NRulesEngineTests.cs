using NRules.Fluent;
using Trygghet.Domain.Agreements;
using Trygghet.Domain.NRules;
using Trygghet.Domain.Tests.Readme;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Rules.Runtime;
using Trygghet.Domain.Samples;
using Trygghet.Domain.Tests.Rules;
using Trygghet.Domain.Validation;
using static Trygghet.Domain.Tests.Rules.TestRules;

namespace Trygghet.Domain.Tests.NRules;

public sealed class NRulesEngineTests
{
    private static readonly TrygghetValidator OnNRules = new(TrygghetValidatorOptions.Default.UseNRules());

    public static TheoryData<string, int> SamplesAtDates
    {
        get
        {
            var data = new TheoryData<string, int>();
            foreach (var seed in SeedCatalogue.Documents)
            {
                foreach (var days in new[] { -400, 0, 200, 800 })
                {
                    data.Add(seed.Name, days);
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(SamplesAtDates))]
    public void Validate_SampleDocument_SameReportAsTheBuiltInEngine(string name, int days)
    {
        var seed = SeedCatalogue.Documents.Single(d => d.Name == name);
        var asOf = seed.AsOf.AddDays(days);

        var builtIn = TrygghetValidator.Default.Validate(seed.Document, asOf);
        var nrules = OnNRules.Validate(seed.Document, asOf);

        Assert.Equal(builtIn.Findings.Select(f => f.Render(null)), nrules.Findings.Select(f => f.Render(null)));
    }

    [Fact]
    public void Validate_SampleDocuments_NRulesReportsFindings()
    {
        // Guards the equivalence tests against both engines finding nothing.
        var total = SeedCatalogue.Documents.Sum(d => OnNRules.Validate(d.Document, d.AsOf).Findings.Count);

        Assert.True(total > 10, $"NRules reported {total} findings on the samples.");
    }

    [Fact]
    public void Validate_DisabledRuleAndSeverityOverride_RespectedOnNRules()
    {
        var options = TrygghetValidatorOptions.Default.Disable("SOK-INSATSNUMMER").WithSeverity("GILTIGHET-UPPHORD", Severity.Info).UseNRules();
        var agreement = SeedCatalogue.CooperationAgreement2022;
        var asOf = new DateOnly(2025, 1, 1);

        var builtIn = new TrygghetValidator(options.WithEngine(BuiltInRuleEngine.Instance)).Validate(agreement, asOf);
        var nrules = new TrygghetValidator(options).Validate(agreement, asOf);

        Assert.Empty(nrules.FindingsFor("SOK-INSATSNUMMER"));
        Assert.Equal(builtIn.Findings, nrules.Findings);
    }

    [Fact]
    public void Calculate_OnNRules_SameFindingsAsTheBuiltInEngine()
    {
        var calculator = new DeadlineCalculator(TrygghetValidatorOptions.Default.UseNRules());
        var meeting = new DateOnly(2020, 11, 20);

        foreach (var (attested, posted) in new (DateOnly?, DateOnly?)[] { (null, null), (meeting.AddDays(20), null), (meeting.AddDays(3), meeting.AddDays(9)) })
        {
            var expected = DeadlineCalculator.Default.Calculate(meeting, attested, posted, asOf: meeting.AddDays(60));
            var actual = calculator.Calculate(meeting, attested, posted, asOf: meeting.AddDays(60));
            Assert.NotEmpty(actual.Findings);
            Assert.Equal(expected.Findings, actual.Findings);
        }
    }

    [Fact]
    public void Evaluate_EqualRecordsAndTheSameInstanceTwice_CountedAsTheBuiltInEngineDoes()
    {
        var item = new Item(1, 9);
        var set = new RuleSetBuilder().Add(HighItem()).Build();

        var findings = new NRulesRuleEngine().Prepare(set).Evaluate([item, item, new Item(1, 9)], Options());

        Assert.Equal(2, findings.Count);
    }

    [Fact]
    public void Evaluate_RunawayChaining_ThrowsNamingTheRule()
    {
        var runaway = Rule("RUNAWAY", r => r.Inserts<Counter>().Match<Counter>().Then((ctx, c) => ctx.Insert(new Counter(c.N + 1))));
        var evaluator = new NRulesRuleEngine().Prepare(new RuleSetBuilder().Add(runaway).Build());

        var error = Assert.Throws<RuleEngineException>(() => evaluator.Evaluate([new Counter(0)], Options(maxActivations: 50)));
        Assert.Equal("RUNAWAY", error.RuleId);
    }

    [Fact]
    public void Evaluate_UndeclaredInsert_ThrowsNamingTheRuleOnBothEngines()
    {
        var sloppy = Rule("SLOPPY", r => r.Match<Label>().Then((ctx, l) => ctx.Insert(new Owner(l.Key, 0))));
        var set = new RuleSetBuilder().Add(sloppy).Build();

        foreach (IRuleEngine engine in new IRuleEngine[] { BuiltInRuleEngine.Instance, new NRulesRuleEngine() })
        {
            var error = Assert.Throws<RuleEngineException>(() => engine.Prepare(set).Evaluate([new Label(1, 1)], Options()));
            Assert.Equal("SLOPPY", error.RuleId);
        }
    }

    [Fact]
    public void ReportFinding_FluentNRulesRule_AddsTheFindingToTheSameReport()
    {
        var rules = new RuleDefinitionFactory().Create(new TwoPartyAgreementRule());
        var validator = new TrygghetValidator(TrygghetValidatorOptions.Default.UseNRules(rules));

        var report = validator.Validate(SeedCatalogue.CooperationAgreement2022, new DateOnly(2022, 9, 9));

        var finding = Assert.Single(report.FindingsFor("LOKAL-TVA-PARTER"));
        Assert.Equal(Severity.Info, finding.Severity);
        Assert.Equal("$.parties", finding.Path);
        Assert.Equal("Överenskommelsen har 2 parter.", finding.Message.Swedish);
        var withoutOwnRule = TrygghetValidator.Default.Validate(SeedCatalogue.CooperationAgreement2022, new DateOnly(2022, 9, 9));
        Assert.Equal(withoutOwnRule.Findings.Count + 1, report.Findings.Count);
    }

    [Fact]
    public void ToNRules_OwnSessionWithAttachedEvaluation_GivesTheValidatorsFindings()
    {
        var set = new RuleSetBuilder().Add(DefaultRules.All).Build();
        var agreement = SeedCatalogue.CooperationAgreement2022;
        var asOf = new DateOnly(2022, 9, 9);
        var factory = TrygghetNRules.Compile([.. set.ToNRules(asOf), new RuleDefinitionFactory().Create(new TwoPartyAgreementRule())]);

        var evaluation = NRulesEvaluation.Attach(factory.CreateSession(), set, new SessionOptions { AsOf = asOf });
        evaluation.InsertAll(DocumentFacts.From(agreement));
        evaluation.Fire();

        var expected = BuiltInRuleEngine.Instance.Prepare(set).Evaluate(DocumentFacts.From(agreement), new SessionOptions { AsOf = asOf });
        Assert.Equal(
            Properties.EngineEquivalenceProperties.Multiset(expected),
            Properties.EngineEquivalenceProperties.Multiset(evaluation.Findings.Where(f => f.RuleId != "LOKAL-TVA-PARTER")));
        Assert.Single(evaluation.Findings, f => f.RuleId == "LOKAL-TVA-PARTER");
    }

    [Fact]
    public void ReportFinding_SessionWithoutEvaluation_SaysHowToAttachOne()
    {
        var factory = TrygghetNRules.Compile([new RuleDefinitionFactory().Create(new TwoPartyAgreementRule())]);
        var session = factory.CreateSession();
        session.Insert(SeedCatalogue.CooperationAgreement2022);

        var error = Assert.ThrowsAny<Exception>(() => session.Fire());
        Assert.Contains("Attach", error.InnerException?.Message ?? error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToNRules_PrioritiesFollowTheStrata()
    {
        var set = new RuleSetBuilder().Add(DefaultRules.All).Build();

        var definitions = set.ToNRules(new DateOnly(2024, 1, 1));

        Assert.Equal(definitions.Select(d => d.Priority).OrderDescending(), definitions.Select(d => d.Priority));
        Assert.Equal(set.Rules.Where(r => r.Basis.IsInForceOn(new DateOnly(2024, 1, 1))).Select(r => r.Id), definitions.Select(d => d.Name));
    }
}
