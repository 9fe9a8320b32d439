using Trygghet.Domain.Agreements;
using Trygghet.Domain.Agreements.Facts;
using Trygghet.Domain.Common;
using Trygghet.Domain.Portfolio.Facts;
using Trygghet.Domain.Promises;
using Trygghet.Domain.Promises.Facts;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Samples;
using static Trygghet.Domain.Tests.Rules.RuleHarness;

namespace Trygghet.Domain.Tests.Agreements.Rules;

/// <summary>The exact findings the seed documents produce.</summary>
public sealed class AgreementRulesSeedTests
{
    private const string Quarterly = "SOK-AVSTAMNING-KVARTAL $.followUpStructure.requirements[0]";

    /// <summary>Not in the seeds: the kommunstyrelse's decision date is not stated there. Used only to exercise the rules.</summary>
    private static readonly AdoptionDecision HypotheticalDecision = new("Kommunstyrelsen", new DateOnly(2022, 10, 5));

    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    [Fact]
    public void Agreement2022_AsOf20230630WithoutFollowUps_ReportsFiveQuartersAndTheSecond36()
    {
        var agreement = SeedCatalogue.CooperationAgreement2022 with { FollowUps = [] };

        var findings = Run(AgreementRuleSet, AgreementFacts.From(agreement), D(2023, 6, 30));

        Assert.Equal(
            [
                "SOK-AVSTAMNING-KVARTAL $.followUpStructure.requirements[0]",
                "SOK-AVSTAMNING-KVARTAL $.followUpStructure.requirements[0]",
                "SOK-AVSTAMNING-KVARTAL $.followUpStructure.requirements[0]",
                "SOK-AVSTAMNING-KVARTAL $.followUpStructure.requirements[0]",
                "SOK-AVSTAMNING-KVARTAL $.followUpStructure.requirements[0]",
                "SOK-INSATSNUMMER $.actionPlan.measures[24].number",
            ],
            Lines(findings));
        Assert.Equal(
            ["2022-01-01..2022-03-31", "2022-04-01..2022-06-30", "2022-07-01..2022-09-30", "2022-10-01..2022-12-31", "2023-01-01..2023-03-31"],
            findings.Where(f => f.RuleId == "SOK-AVSTAMNING-KVARTAL").Select(f => (string)Arg(f, "quarter")!).ToArray());
    }

    [Fact]
    public void Agreement2022_HalfYearFollowUpAsRecorded_DoesNotCountAsQuarterlyCheckIn()
    {
        var findings = Run(AgreementRuleSet, AgreementFacts.From(SeedCatalogue.CooperationAgreement2022), D(2023, 6, 30));

        Assert.Equal(5, findings.Count(f => f.RuleId == "SOK-AVSTAMNING-KVARTAL"));
    }

    [Fact]
    public void MeasureNumberRule_Seed2022_ReportsExactlyTheSecond36UnderArea4()
    {
        var finding = Assert.Single(Run(AgreementRuleSet, AgreementFacts.From(SeedCatalogue.CooperationAgreement2022), D(2022, 6, 30)), f => f.RuleId == "SOK-INSATSNUMMER");

        Assert.Equal("$.actionPlan.measures[24].number", finding.Path);
        Assert.Equal((Severity.Warning, BasisKind.Document), (finding.Severity, finding.Basis.Kind));
        Assert.Equal("Insats 3:6 står under område 4; numret ska vara unikt och börja med 4.", finding.Message.Swedish);
        Assert.Equal(16, Arg(finding, "repeatsMeasureIndex"));
        Assert.Equal(true, Arg(finding, "wrongArea"));
    }

    [Fact]
    public void Agreement2020_AsOf20210101_ExpiredAndFourQuartersMissed_HalfTimeMetByAugustInterim()
    {
        var findings = Run(AgreementRuleSet, AgreementFacts.From(SeedCatalogue.CooperationAgreement2020), D(2021, 1, 1));

        Assert.Equal(["GILTIGHET-UPPHORD $.validity", Quarterly, Quarterly, Quarterly, Quarterly], Lines(findings));
    }

    [Fact]
    public void Agreement2020_AsOf20201231_IsExpiringOnItsLastDay()
    {
        var findings = Run(AgreementRuleSet, AgreementFacts.From(SeedCatalogue.CooperationAgreement2020), D(2020, 12, 31));

        Assert.Equal(["GILTIGHET-UPPHOR-SNART $.validity", Quarterly, Quarterly, Quarterly], Lines(findings));
    }

    [Fact]
    public void Agreement2020_WithoutFollowUps_HalfTimeMissedTheDayAfterItsWindow()
    {
        // Midpoint 2020-07-17; with the default 60-day window the half-time follow-up is due by 2020-09-15.
        var agreement = SeedCatalogue.CooperationAgreement2020 with { FollowUps = [] };

        Assert.DoesNotContain(Run(AgreementRuleSet, AgreementFacts.From(agreement), D(2020, 9, 15)), f => f.RuleId == "SOK-UPPFOLJNING-HALVTID");
        var finding = Assert.Single(Run(AgreementRuleSet, AgreementFacts.From(agreement), D(2020, 9, 16)), f => f.RuleId == "SOK-UPPFOLJNING-HALVTID");
        Assert.Equal("$.followUpStructure.requirements[2]", finding.Path);
        Assert.Equal("Halvtidsuppföljningen skulle göras kring 2020-07-17 (senast 2020-09-15) men ingen är registrerad.", finding.Message.Swedish);
    }

    [Fact]
    public void Promise2022_AsWritten_ReportsOnlyTheMissingDecision()
    {
        var findings = Run(AgreementRuleSet, PromiseFacts.From(SeedCatalogue.CitizenPromise2022), D(2023, 6, 30));

        Assert.Equal(["ML-BESLUT-SAKNAS $.decision"], Lines(findings));
    }

    [Fact]
    public void Promise2022_WithHypotheticalDecisionAndNoActivities_AsOf20230630_ExactCommitmentFindings()
    {
        var promise = SeedCatalogue.CitizenPromise2022.WithDecision(HypotheticalDecision);

        var findings = Run(AgreementRuleSet, PromiseFacts.From(promise), D(2023, 6, 30));

        Assert.Equal(
            [
                "ML-ATAGANDE-MISSAT $.commitments[1]",
                "ML-ATAGANDE-MISSAT $.commitments[2]",
                "ML-ATAGANDE-MISSAT $.commitments[6]",
                "ML-ATAGANDE-RISK $.commitments[1]",
                "ML-ATAGANDE-RISK $.commitments[2]",
                "ML-ATAGANDE-RISK $.commitments[4]",
                "ML-ATAGANDE-RISK $.commitments[5]",
                "ML-ATAGANDE-RISK $.commitments[6]",
            ],
            Lines(findings));
        var visibility2022 = Assert.Single(findings, f => f.RuleId == "ML-ATAGANDE-MISSAT" && f.Path == "$.commitments[6]");
        Assert.Equal("Åtagandet synlighetsinsatser uppfylldes inte under 2022-10-05..2022-12-31: 0 av 2.", visibility2022.Message.Swedish);
        Assert.Equal(true, Arg(visibility2022, "partial"));
    }

    [Fact]
    public void Portfolio_AsWritten_AsOf20230630_ExactFindings()
    {
        var findings = Run(AgreementRuleSet, PortfolioFacts.From(SeedCatalogue.UpplandsBroPortfolio), D(2023, 6, 30));

        Assert.Equal(
            [
                "GILTIGHET-UPPHORD $.agreements[0].validity",
                "ML-BESLUT-SAKNAS $.promises[0].decision",
                "ML-UTANFOR-OVERENSKOMMELSE $.promises[0].validity",
                "PORTFOLJ-GLAPP $.agreements[1].validity",
                "SOK-AVSTAMNING-KVARTAL $.agreements[0].followUpStructure.requirements[0]",
                "SOK-AVSTAMNING-KVARTAL $.agreements[0].followUpStructure.requirements[0]",
                "SOK-AVSTAMNING-KVARTAL $.agreements[0].followUpStructure.requirements[0]",
                "SOK-AVSTAMNING-KVARTAL $.agreements[0].followUpStructure.requirements[0]",
                "SOK-AVSTAMNING-KVARTAL $.agreements[1].followUpStructure.requirements[0]",
                "SOK-AVSTAMNING-KVARTAL $.agreements[1].followUpStructure.requirements[0]",
                "SOK-AVSTAMNING-KVARTAL $.agreements[1].followUpStructure.requirements[0]",
                "SOK-AVSTAMNING-KVARTAL $.agreements[1].followUpStructure.requirements[0]",
                "SOK-AVSTAMNING-KVARTAL $.agreements[1].followUpStructure.requirements[0]",
                "SOK-INSATSNUMMER $.agreements[1].actionPlan.measures[24].number",
            ],
            Lines(findings));
        var gap = Assert.Single(findings, f => f.RuleId == "PORTFOLJ-GLAPP");
        Assert.Equal("Ingen samverkansöverenskommelse gäller 2021-01-01..2021-12-31 (365 dagar) mellan KS 19/0719 och KS 21/0531.", gap.Message.Swedish);
    }

    [Fact]
    public void Portfolio_PromiseWithHypotheticalDecision_OutlivesItsAgreementBy2024()
    {
        var portfolio = SeedCatalogue.UpplandsBroPortfolio with
        {
            Promises = [SeedCatalogue.CitizenPromise2022.WithDecision(HypotheticalDecision)],
        };

        var finding = Assert.Single(Run(AgreementRuleSet, PortfolioFacts.From(portfolio), D(2023, 6, 30)), f => f.RuleId == "ML-UTANFOR-OVERENSKOMMELSE");

        Assert.Equal("$.promises[0].validity", finding.Path);
        Assert.Equal("KS 22/0091 gäller 2024-01-01..2024-12-31 då överenskommelsen KS 21/0531 inte gäller (2022-01-01..2023-12-31).", finding.Message.Swedish);
    }

    [Fact]
    public void Portfolio_WithAPreviousAgreementEnding20191231_AlsoReportsJanuary2020()
    {
        var agreement2019 = new CooperationAgreement(CaseNumber.Parse("KS 18/0001"), "Hypotetisk överenskommelse 2019", DateRange.Year(2019))
        {
            Parties = SeedCatalogue.CooperationAgreement2020.Parties,
        };
        var portfolio = SeedCatalogue.UpplandsBroPortfolio.AddAgreement(agreement2019);

        var gaps = Run(AgreementRuleSet, PortfolioFacts.From(portfolio), D(2023, 6, 30)).Where(f => f.RuleId == "PORTFOLJ-GLAPP").Select(f => (string)Arg(f, "gap")!).ToArray();

        Assert.Equal(["2020-01-01..2020-01-31", "2021-01-01..2021-12-31"], gaps);
    }

    internal static object? Arg(Finding finding, string name) => finding.Arguments.Single(a => a.Key == name).Value;
}
