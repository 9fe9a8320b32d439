using Trygghet.Domain.Common;
using Trygghet.Domain.Portfolio.Facts;
using Trygghet.Domain.Promises;
using Trygghet.Domain.Promises.Facts;
using Trygghet.Domain.Promises.Rules;
using Trygghet.Domain.Samples;
using static Trygghet.Domain.Tests.Rules.RuleHarness;

namespace Trygghet.Domain.Tests.Promises.Rules;

public sealed class PromiseRulesTests
{
    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    private static CitizenPromise TwoPerTerm(DateRange validity) =>
        new(CaseNumber.Parse("KS 24/0200"), "Medborgarlöfte", PromiseValidity.Fixed(validity))
        {
            Commitments = [new PromiseCommitment("tema", "Minst två tematräffar per termin.") { Quota = new Quota(2, QuotaPeriod.Term) }],
        };

    [Fact]
    public void All_HasUniqueIdsAndBases()
    {
        Assert.Equal(CitizenPromiseDocument.Descriptor.Rules.Length, CitizenPromiseDocument.Descriptor.Rules.Select(r => r.Metadata.Id).Distinct().Count());
        Assert.All(CitizenPromiseDocument.Descriptor.Rules, r => Assert.False(string.IsNullOrWhiteSpace(r.Metadata.Basis.Citation.English)));
    }

    [Fact]
    public void CommitmentRules_MetTerm_NoFinding_MissedTerm_Error()
    {
        var promise = TwoPerTerm(DateRange.Year(2024)) with
        {
            Activities = [new ActivityRecord(D(2024, 2, 1), "tema"), new ActivityRecord(D(2024, 5, 1), "tema"), new ActivityRecord(D(2024, 9, 1), "tema")],
        };

        Assert.Empty(Run(AgreementRuleSet, PromiseFacts.From(promise), D(2024, 7, 1)));
        Assert.Equal(["GILTIGHET-UPPHORD $.validity", "ML-ATAGANDE-MISSAT $.commitments[0]"], Lines(Run(AgreementRuleSet, PromiseFacts.From(promise), D(2025, 1, 1))));
    }

    [Fact]
    public void CommitmentRuleAtRisk_BehindAnEvenPace_Warns()
    {
        // 2 per term, none by 2024-04-01: 92 of 182 days passed, so 1 was expected by now.
        var finding = Assert.Single(Run(AgreementRuleSet, PromiseFacts.From(TwoPerTerm(DateRange.Year(2024))), D(2024, 4, 1)));

        Assert.Equal("ML-ATAGANDE-RISK", finding.RuleId);
        Assert.Equal("Åtagandet tema ligger efter under 2024-01-01..2024-06-30: 0 av 2 hittills.", finding.Message.Swedish);
    }

    [Fact]
    public void UnknownCommitmentActivityRule_ActivityForAnotherId_Warns()
    {
        var promise = TwoPerTerm(DateRange.Year(2024)).AddActivity(new ActivityRecord(D(2024, 1, 10), "okänd"));

        Assert.Equal(["ML-AKTIVITET-OKANT $.activities[0].commitmentId"], Lines(Run(AgreementRuleSet, PromiseFacts.From(promise), D(2024, 1, 10))));
    }

    [Fact]
    public void PromiseAgreementMissingRule_LinkToAgreementNotInPortfolio_Info()
    {
        var promise = TwoPerTerm(DateRange.Year(2024)) with { AgreementCaseNumber = CaseNumber.Parse("KS 23/0999") };
        var portfolio = SeedCatalogue.UpplandsBroPortfolio with { Promises = [promise] };

        var finding = Assert.Single(Run(AgreementRuleSet, PortfolioFacts.From(portfolio), D(2024, 1, 1)), f => f.RuleId == "ML-OVERENSKOMMELSE-SAKNAS");

        Assert.Equal("$.promises[0].agreementCaseNumber", finding.Path);
    }

    [Fact]
    public void PromiseOutsideAgreementRule_LinkWrittenWithFullYear_StillJoins()
    {
        var promise = TwoPerTerm(new DateRange(D(2021, 6, 1), D(2022, 6, 30))) with { AgreementCaseNumber = CaseNumber.Parse("KS 2021/531") };
        var portfolio = SeedCatalogue.UpplandsBroPortfolio with { Promises = [promise] };

        var finding = Assert.Single(Run(AgreementRuleSet, PortfolioFacts.From(portfolio), D(2021, 6, 1)), f => f.RuleId == "ML-UTANFOR-OVERENSKOMMELSE");

        Assert.Equal("KS 24/0200 gäller 2021-06-01..2021-12-31 då överenskommelsen KS 21/0531 inte gäller (2022-01-01..2023-12-31).", finding.Message.Swedish);
    }

    [Fact]
    public void PromiseOutsideAgreementRule_NoDecisionRecorded_FlagsTheDaysAfterTheAgreementFromTheEndDates()
    {
        // The seed promise runs "från och med beslutsdatum" to 2024-12-31 and records no decision; its agreement ends 2023-12-31.
        var portfolio = SeedCatalogue.UpplandsBroPortfolio with { Promises = [SeedCatalogue.CitizenPromise2022] };
        Assert.Null(SeedCatalogue.CitizenPromise2022.Decision);

        var finding = Assert.Single(Run(AgreementRuleSet, PortfolioFacts.From(portfolio), D(2023, 6, 30)), f => f.RuleId == "ML-UTANFOR-OVERENSKOMMELSE");

        Assert.Equal("$.promises[0].validity", finding.Path);
        Assert.Equal("KS 22/0091 gäller 2024-01-01..2024-12-31 då överenskommelsen KS 21/0531 inte gäller (2022-01-01..2023-12-31).", finding.Message.Swedish);
    }

    [Fact]
    public void PromiseOutsideAgreementRule_NoDecisionRecorded_EndingWithTheAgreement_NoFinding()
    {
        var promise = new CitizenPromise(CaseNumber.Parse("KS 24/0300"), "Medborgarlöfte", PromiseValidity.FromDecision(D(2023, 12, 31)))
        {
            AgreementCaseNumber = CaseNumber.Parse("KS 21/0531"),
        };
        var portfolio = SeedCatalogue.UpplandsBroPortfolio with { Promises = [promise] };

        Assert.DoesNotContain(Run(AgreementRuleSet, PortfolioFacts.From(portfolio), D(2023, 6, 30)), f => f.RuleId == "ML-UTANFOR-OVERENSKOMMELSE");
    }
}
