using Trygghet.Domain.Common;
using Trygghet.Domain.Finance;
using Trygghet.Domain.Finance.Facts;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Finance.Rules;
using Trygghet.Domain.Samples;
using Trygghet.Domain.Rules.Runtime;
using Trygghet.Domain.Tests.Plans.Rules;
using Trygghet.Domain.Tests.Rules;

namespace Trygghet.Domain.Tests.Finance.Rules;

public sealed class FinanceRulesTests
{
    private static readonly AppropriationDecision Seed = SeedCatalogue.SafetyCommissionAppropriations;

    private static string[] Run(AppropriationDecision decision, DateOnly asOf, RuleSettings? settings = null) =>
        RuleHarness.Lines(RuleHarness.Run(AppropriationDocument.Descriptor.Rules, FinanceFacts.From(decision), asOf, settings));

    [Fact]
    public void Seed_AsOf20210101WithoutRecordedFollowUps_MissesTheThreeTertialFollowUpsOnly()
    {
        var findings = RuleHarness.Run(AppropriationDocument.Descriptor.Rules, FinanceFacts.From(Seed), new DateOnly(2021, 1, 1));
        Assert.Equal(["FIN-UPPFOLJNING-MISSAD $.followUp", "FIN-UPPFOLJNING-MISSAD $.followUp", "FIN-UPPFOLJNING-MISSAD $.followUp"], RuleHarness.Lines(findings));
        Assert.Equal(
            [
                "Ingen uppföljning per 2020-04-30 (perioden 2020-01-01..2020-04-30).",
                "Ingen uppföljning per 2020-08-31 (perioden 2020-05-01..2020-08-31).",
                "Ingen uppföljning per 2020-12-31 (perioden 2020-09-01..2020-12-31).",
            ],
            findings.Select(f => f.Message.Swedish).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Seed_WithTheThreeFollowUpsRecorded_HasNoFindings()
    {
        var followedUp = Seed with
        {
            RecordedFollowUps =
            [
                new FinancialFollowUp(new DateOnly(2020, 4, 30), "Utökad uppföljning per april"),
                new FinancialFollowUp(new DateOnly(2020, 8, 31), "Delårsbokslut per augusti"),
                new FinancialFollowUp(new DateOnly(2020, 12, 31), "Årsbokslut"),
            ],
        };
        Assert.Empty(Run(followedUp, new DateOnly(2021, 6, 30)));
    }

    [Fact]
    public void Seed_WhenTheDistributionIsDeclaredComplete_ReportsEveryAreaBelowItsRange()
    {
        var settings = RuleSettings.Empty.With(new FinanceSettings { DistributionComplete = true });
        Assert.Equal(
            ["FIN-OMRADE-UNDER-INTERVALL $.areas[0]", "FIN-OMRADE-UNDER-INTERVALL $.areas[1]", "FIN-OMRADE-UNDER-INTERVALL $.areas[2]", "FIN-OMRADE-UNDER-INTERVALL $.areas[3]"],
            Run(Seed, new DateOnly(2020, 1, 1), settings));
    }

    [Fact]
    public void AreaAllocatedAboveItsMaximum_IsReportedInMnkr()
    {
        var area = Seed.Areas[2] with
        {
            Allocations = [new Allocation("Sommarjobb", AppropriationKind.Operating, Money.FromMillions(1.6m), "trygghet-2020")],
        };
        var decision = Seed with { Areas = Seed.Areas.Items.SetItem(2, area) };
        var finding = Assert.Single(RuleHarness.Run(AppropriationDocument.Descriptor.Rules, FinanceFacts.From(decision), new DateOnly(2020, 1, 1)));
        Assert.Equal("$.areas[2]", finding.Path);
        Assert.Equal("Området \"Meningsfull fritid\" har fått 1,6 mnkr, mer än intervallet 1-1,5 mnkr.", finding.Message.Swedish);
    }

    [Fact]
    public void InvestmentAllocation_DoesNotCountAgainstTheOperatingRange()
    {
        var area = Seed.Areas[2] with
        {
            Allocations = [new Allocation("Lokal", AppropriationKind.Investment, Money.FromMillions(2.5m), "investeringsreserv")],
        };
        var decision = Seed with { Areas = [Seed.Areas[0] with { Allocations = [Seed.Areas[0].Allocations[0]] }, Seed.Areas[1], area, Seed.Areas[3]] };
        Assert.Empty(Run(decision, new DateOnly(2020, 1, 1)));
    }

    [Fact]
    public void OperatingAllocationFundedFromTheInvestmentReserve_IsReported()
    {
        var mixed = new Allocation("Väktare", AppropriationKind.Operating, Money.FromMillions(1m), "investeringsreserv");
        var decision = Seed with { Areas = Seed.Areas.Items.SetItem(1, Seed.Areas[1] with { Allocations = [mixed] }) };
        var lines = Run(decision, new DateOnly(2020, 1, 1));
        Assert.Contains("FIN-DRIFT-INVESTERING-BLANDAS $.areas[1].allocations[0].fundedFrom", lines);
    }

    [Fact]
    public void AllocationsAboveWhatWasSetAside_AreReportedPerKind()
    {
        var extra = new Allocation("Kameror etapp 2", AppropriationKind.Investment, Money.FromMillions(0.5m), "investeringsreserv");
        var area0 = Seed.Areas[0] with { Allocations = Seed.Areas[0].Allocations.Add(extra) };
        var decision = Seed with { Areas = Seed.Areas.Items.SetItem(0, area0) };
        var finding = Assert.Single(RuleHarness.Run(AppropriationDocument.Descriptor.Rules, FinanceFacts.From(decision), new DateOnly(2020, 1, 1)));
        Assert.Equal("FIN-FORDELAT-OVER-AVSATT", finding.RuleId);
        Assert.Equal("Fördelat 3 mnkr (investering) men avsatt 2,5 mnkr.", finding.Message.Swedish);
    }

    [Fact]
    public void EstimatesWhoseMinimaExceedTheMoneySetAside_AreReported()
    {
        var decision = Seed with { Appropriations = [Seed.Appropriations[1], Seed.Appropriations[2]] };
        var lines = Run(decision, new DateOnly(2020, 1, 1));
        Assert.Equal(["FIN-UPPSKATTNING-OVER-AVSATT $.appropriations"], lines);
    }

    [Fact]
    public void AllocationFromAnUnknownAppropriation_IsReported()
    {
        var decision = Seed with
        {
            Areas = Seed.Areas.Items.SetItem(3, Seed.Areas[3] with { Allocations = [new Allocation("Forum", AppropriationKind.Operating, 100_000m, "okänd")] }),
        };
        Assert.Equal(["FIN-FINANSIERING-OKAND $.areas[3].allocations[0].fundedFrom"], Run(decision, new DateOnly(2020, 1, 1)));
    }

    [Fact]
    public void MeasuresGroupedTwiceOrNeverAndUnknownNumbers_AreReported()
    {
        var decision = Seed with
        {
            Areas = Seed.Areas.Items
                .SetItem(2, Seed.Areas[2] with { MeasureNumbers = [9, 3, 16] })
                .SetItem(3, Seed.Areas[3] with { MeasureNumbers = [2, 4, 6, 14] }),
        };
        Assert.Equal(
            ["FIN-ATGARD-OKAND $.areas[2].measureNumbers[2]", "FIN-ATGARD-OMRADE $.measures[14]", "FIN-ATGARD-OMRADE $.measures[2]", "FIN-ATGARD-OMRADE $.measures[9]"],
            Run(decision, new DateOnly(2020, 1, 1)));
    }

    [Fact]
    public void EveryFinanceRule_SharesPlaceholdersBetweenLanguages()
    {
        Assert.Equal(AppropriationDocument.Descriptor.Rules.Length, AppropriationDocument.Descriptor.Rules.Select(r => r.Metadata.Id).Distinct().Count());
        foreach (var rule in AppropriationDocument.Descriptor.Rules)
        {
            Assert.Equal(PlanRulesTests.Placeholders(rule.Metadata.Message.Swedish), PlanRulesTests.Placeholders(rule.Metadata.Message.English));
        }
    }
}
