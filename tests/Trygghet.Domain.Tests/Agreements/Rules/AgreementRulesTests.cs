using Trygghet.Domain.Agreements;
using Trygghet.Domain.Agreements.Facts;
using Trygghet.Domain.Common;
using Trygghet.Domain.Portfolio.Facts;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Agreements.Rules;
using Trygghet.Domain.Samples;
using static Trygghet.Domain.Tests.Rules.RuleHarness;
using Trygghet.Domain.Rules.Runtime;

namespace Trygghet.Domain.Tests.Agreements.Rules;

public sealed class AgreementRulesTests
{
    private static readonly CaseNumber Case = CaseNumber.Parse("KS 24/0100");

    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    private static CooperationAgreement Minimal(DateRange validity, CaseNumber? caseNumber = null) =>
        new(caseNumber ?? Case, "Samverkansöverenskommelse", validity)
        {
            Purpose = "Ökad trygghet.",
            Parties = [SeedCatalogue.UpplandsBroMunicipality, SeedCatalogue.JarfallaUpplandsBroPoliceArea],
            Signatories = [new Signatory(PartyKind.Municipality, "Kommundirektör"), new Signatory(PartyKind.LocalPoliceArea, "Lokalpolisområdeschef")],
            Areas = [new CooperationArea(1, "Våld") { Commitments = [AreaCommitment.Joint("Samverka.")] }],
        };

    [Fact]
    public void All_HasUniqueIdsExceptTheTwoVersionsOfPurposeAndAreas()
    {
        var ids = CooperationAgreementDocument.Descriptor.Rules.Select(r => r.Metadata.Id).ToList();
        Assert.Equal(["SOK-SYFTE-OMRADEN"], ids.GroupBy(i => i).Where(g => g.Count() > 1).Select(g => g.Key));
        Assert.All(CooperationAgreementDocument.Descriptor.Rules, r => Assert.False(string.IsNullOrWhiteSpace(r.Metadata.Basis.Citation.Swedish)));
    }

    [Fact]
    public void Minimal_WellFormedAgreement_HasNoFindings() =>
        Assert.Empty(Run(AgreementRuleSet, AgreementFacts.From(Minimal(new DateRange(D(2024, 1, 1), D(2025, 12, 31)))), D(2024, 6, 1)));

    [Fact]
    public void PartyKindMissingRuleParties_NoPoliceParty_ReportsOnParties()
    {
        var agreement = Minimal(DateRange.Year(2024)) with { Parties = [SeedCatalogue.UpplandsBroMunicipality] };

        var finding = Assert.Single(Run(AgreementRuleSet, AgreementFacts.From(agreement), D(2024, 6, 1)));

        Assert.Equal("SOK-PART-SAKNAS", finding.RuleId);
        Assert.Equal("$.parties", finding.Path);
        Assert.Equal("KS 24/0100 anger inte lokalpolisområdet som part.", finding.Message.Swedish);
    }

    [Fact]
    public void PartyKindMissingRuleSignatories_NoSignatories_ReportsBothParties()
    {
        var agreement = Minimal(DateRange.Year(2024)) with { Signatories = [] };

        Assert.Equal(["SOK-UNDERTECKNARE-SAKNAS $.signatories", "SOK-UNDERTECKNARE-SAKNAS $.signatories"], Lines(Run(AgreementRuleSet, AgreementFacts.From(agreement), D(2024, 6, 1))));
    }

    [Fact]
    public void AreaCommitmentMissingRule_TopicWithoutPoliceCommitment_ReportsThatTopic()
    {
        var seed = SeedCatalogue.CooperationAgreement2020;
        var area = seed.Areas[2];
        var topic = area.Topics[1] with { Commitments = [.. area.Topics[1].Commitments.Where(c => !c.Parties.Contains(PartyKind.LocalPoliceArea))] };
        var agreement = seed with { Areas = seed.Areas.Items.SetItem(2, area with { Topics = area.Topics.Items.SetItem(1, topic) }) };

        var finding = Assert.Single(Run(AgreementRuleSet, AgreementFacts.From(agreement), D(2020, 3, 1)), f => f.RuleId == "SOK-OMRADE-ATAGANDE-SAKNAS");

        Assert.Equal("$.areas[2].topics[1].commitments", finding.Path);
        Assert.Equal("Samverkansområdet 4.2 (Trygghetsvandring) saknar åtagande för Lokalpolisområde Järfälla/Upplands-Bro.", finding.Message.Swedish);
    }

    [Fact]
    public void AreaCommitmentMissingRule_AreaCoveredOnlyThroughMeasures_HasNoFinding()
    {
        var agreement = Minimal(DateRange.Year(2024)) with
        {
            Areas = [new CooperationArea(1, "Våld")],
            ActionPlan = new ActionPlan("Åtgärdsplan")
            {
                Measures =
                [
                    new Measure(1, new MeasureNumber(1, 1), "Kommunen samordnar.") { Responsible = [PartyKind.Municipality] },
                    new Measure(1, new MeasureNumber(1, 2), "Polisen utbildar.") { Responsible = [PartyKind.LocalPoliceArea] },
                ],
            },
        };

        Assert.Empty(Run(AgreementRuleSet, AgreementFacts.From(agreement), D(2024, 6, 1)));
    }

    [Fact]
    public void MeasureNumberRule_ThirdUseOfANumber_ReportsBothRepeats()
    {
        var agreement = Minimal(DateRange.Year(2024)) with
        {
            ActionPlan = new ActionPlan("Åtgärdsplan")
            {
                Measures =
                [
                    new Measure(1, new MeasureNumber(1, 1), "a"),
                    new Measure(1, new MeasureNumber(1, 1), "b"),
                    new Measure(1, new MeasureNumber(1, 2), "c"),
                    new Measure(1, new MeasureNumber(1, 1), "d"),
                ],
            },
        };

        Assert.Equal(
            ["SOK-INSATSNUMMER $.actionPlan.measures[1].number", "SOK-INSATSNUMMER $.actionPlan.measures[3].number"],
            Lines(Run(AgreementRuleSet, AgreementFacts.From(agreement), D(2024, 6, 1))));
    }

    [Fact]
    public void PurposeAndAreas_BeforeTheActInForce_IsGuidanceInformation_FromJuly2023_ALawError()
    {
        var agreement = Minimal(new DateRange(D(2023, 1, 1), D(2024, 12, 31))) with { Purpose = null };

        var before = Assert.Single(Run(AgreementRuleSet, AgreementFacts.From(agreement), D(2023, 6, 30)));
        var after = Assert.Single(Run(AgreementRuleSet, AgreementFacts.From(agreement), D(2023, 7, 1)));

        Assert.Equal(("SOK-SYFTE-OMRADEN", Severity.Info, BasisKind.Guidance), (before.RuleId, before.Severity, before.Basis.Kind));
        Assert.Equal(("SOK-SYFTE-OMRADEN", Severity.Error, BasisKind.Law), (after.RuleId, after.Severity, after.Basis.Kind));
        Assert.Contains("2023:196", after.Basis.Citation.Swedish, StringComparison.Ordinal);
        Assert.Equal(D(2023, 7, 1), after.Basis.InForceFrom);
        Assert.Equal("KS 24/0100 anger inget syfte.", after.Message.Swedish);
    }

    [Fact]
    public void ValidityRuleExpiring_UsesTheConfiguredWarningWindow()
    {
        var agreement = Minimal(DateRange.Year(2024));
        var settings = RuleSettings.Empty.With(new AgreementSettings { ExpiryWarningDays = 200 });

        Assert.Empty(Run(AgreementRuleSet, AgreementFacts.From(agreement), D(2024, 7, 1)));
        var finding = Assert.Single(Run(AgreementRuleSet, AgreementFacts.From(agreement), D(2024, 7, 1), settings));
        Assert.Equal("GILTIGHET-UPPHOR-SNART", finding.RuleId);
        Assert.Equal("KS 24/0100 gäller till och med 2024-12-31: 183 dagar kvar.", finding.Message.Swedish);
    }

    [Fact]
    public void ValidityRuleNotStarted_BeforeStart_ReportsInfo()
    {
        var finding = Assert.Single(Run(AgreementRuleSet, AgreementFacts.From(Minimal(DateRange.Year(2024))), D(2023, 12, 31)));

        Assert.Equal(("GILTIGHET-EJ-BORJAD", Severity.Info, "$.validity"), (finding.RuleId, finding.Severity, finding.Path));
    }

    [Fact]
    public void FollowUpMissedRulePeriodic_YearlyRequirement_MissedYearWithoutReport()
    {
        var agreement = Minimal(new DateRange(D(2022, 1, 1), D(2023, 12, 31))) with
        {
            FollowUpStructure = new FollowUpStructure { Requirements = [new FollowUpRequirement(FollowUpKind.Yearly, "Årlig uppföljning.")] },
            FollowUps = [new FollowUpRecord(FollowUpKind.Yearly, DateRange.SingleDay(D(2023, 11, 20)), "Årsuppföljning 2023.")],
        };

        var finding = Assert.Single(Run(AgreementRuleSet, AgreementFacts.From(agreement), D(2024, 1, 1)), f => f.RuleId == "SOK-UPPFOLJNING-PERIODISK");

        Assert.Equal("Uppföljningen (årlig) för 2022-01-01..2022-12-31 är inte registrerad (senast 2022-12-31).", finding.Message.Swedish);
    }

    [Fact]
    public void OverlapRule_TwoAgreementsSharingDays_ReportsTheSharedDays()
    {
        var first = Minimal(DateRange.Year(2024));
        var second = Minimal(new DateRange(D(2024, 10, 1), D(2025, 12, 31)), CaseNumber.Parse("KS 24/0300"));
        var portfolio = SeedCatalogue.UpplandsBroPortfolio with { Agreements = [first, second], Promises = [] };

        var finding = Assert.Single(Run(AgreementRuleSet, PortfolioFacts.From(portfolio), D(2024, 6, 1)), f => f.RuleId == "PORTFOLJ-OVERLAPP");

        Assert.Equal("$.agreements[1].validity", finding.Path);
        Assert.Equal("KS 24/0100 och KS 24/0300 gäller båda 2024-10-01..2024-12-31 (92 dagar).", finding.Message.Swedish);
    }
}
