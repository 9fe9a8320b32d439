using Trygghet.Domain.Common;
using Trygghet.Domain.Councils;
using Trygghet.Domain.Finance;
using Trygghet.Domain.Partnerships;
using Trygghet.Domain.Plans;
using Trygghet.Domain.Samples;

namespace Trygghet.Domain.Tests.Samples;

/// <summary>Faithfulness: names, dates and amounts spot-checked against the seed texts (seeds 001, 003, 004).</summary>
public sealed class SeedCataloguePlansTests
{
    [Fact]
    public void BroPlan_MatchesSeed001()
    {
        var plan = SeedCatalogue.SociallySustainableBroPlan;
        Assert.Equal(DocumentKind.ActionProgramme, plan.Kind);
        Assert.Equal("KS 20/0129", plan.CaseNumber!.ToString());
        Assert.Equal("Hela Bro ska vara en bra plats att växa upp på", plan.Goal);
        Assert.Equal("KS 18/0401", plan.Strategy!.CaseNumber!.ToString());
        Assert.Equal(new DateOnly(2018, 12, 5), plan.Strategy.AdoptedOn);
        Assert.Equal("2020-01-01..2025-12-31", plan.Span.ToString());
        Assert.Equal(["Hälsa, utbildning och fysisk miljö", "Arbete och inkludering", "Delaktighet och tillit"], plan.FocusAreas.Select(a => a.Name));
        Assert.Equal(
            ["Förbättring av uppväxtvillkoren för barn och unga", "Ökad inkludering av vuxna i utanförskap", "Ökat utvecklingssamarbete med de boende"],
            plan.FocusAreas.SelectMany(a => a.SubGoals).Select(g => g.Name));
        Assert.Equal([5, 2, 3], plan.FocusAreas.Select(a => a.SubGoals[0].Indicators.Count));
        var valdeltagande = plan.FocusAreas[2].SubGoals[0].Indicators[0];
        Assert.Equal("Valdeltagandet i Bro ökar", valdeltagande.Statement);
        Assert.Equal("Statistik över valdeltagandet", Assert.Single(valdeltagande.FollowUps).Description);
        Assert.Equal("18-26 år", plan.FocusAreas[0].SubGoals[0].Indicators[1].TargetGroup);
        Assert.All(plan.FocusAreas.SelectMany(a => a.SubGoals).SelectMany(g => g.Indicators), i => Assert.Empty(i.Activities));
        Assert.Equal(8, plan.FocusAreas.SelectMany(a => a.SubGoals).SelectMany(g => g.Indicators).SelectMany(i => i.FollowUps).Count(m => m.Cadence == FollowUpCadence.Annual));
        Assert.All(
            plan.FocusAreas.SelectMany(a => a.SubGoals).SelectMany(g => g.Indicators).SelectMany(i => i.FollowUps),
            m => Assert.Equal(m.Description.StartsWith("Årlig", StringComparison.Ordinal), m.Cadence == FollowUpCadence.Annual));
    }

    [Fact]
    public void BroPlan_WasReferredBackByTheCommitteeOn20201120Paragraph34()
    {
        var last = SeedCatalogue.SociallySustainableBroPlan.Handling[^1];
        Assert.Equal(("Trygghetsutskottet", new DateOnly(2020, 11, 20), 34), (last.Body, last.MeetingDate, last.Paragraph));
        Assert.Equal([HandlingOutcome.ReferredBack], last.Outcomes);
    }

    [Fact]
    public void ViolencePlan_PathMatchesSeed001_AndWasRenamedTwice()
    {
        var plan = SeedCatalogue.ViolenceInCloseRelationshipsPlan;
        Assert.Equal(
            [
                ("Socialnämnden", new DateOnly(2019, 2, 21), 26, "SN 18/0162"),
                ("Kommunstyrelsen", new DateOnly(2019, 4, 10), 50, "KS 19/0178"),
                ("Trygghetsutskottet", new DateOnly(2020, 11, 20), 35, "KS 20/0649"),
            ],
            plan.Handling.Select(s => (s.Body, s.MeetingDate, s.Paragraph, s.CaseNumber.ToString())));
        Assert.Contains(HandlingOutcome.ReferredBack, plan.Handling[1].Outcomes);
        Assert.Equal(2, plan.Handling.Count(s => s.Outcomes.Contains(HandlingOutcome.Renamed)));
        Assert.Equal("Handlingsplan för att förebygga och minska våld i nära relationer samt hedersrelaterat våld och förtryck", plan.Handling[1].RenamedTo);
        Assert.Equal("Handlingsplan mot våld i nära relation samt hedersrelaterat våld och förtryck", plan.CurrentTitle());
        Assert.Contains("tidsatta och följas upp regelbundet", plan.Handling[0].Decision, StringComparison.Ordinal);
        Assert.Equal(["Organisation", "Ökad kunskap", "Samverkan", "Utveckling av arbetssätt"], plan.FocusAreas.Select(a => a.Name));
        Assert.Equal(11, plan.FocusAreas.Sum(a => a.Activities.Count));
        Assert.Null(plan.Span);
    }

    [Fact]
    public void KvinnojourenAnna_MatchesSeed001Paragraph36()
    {
        var iop = SeedCatalogue.KvinnojourenAnnaPartnership;
        Assert.Equal(DocumentKind.PublicCivicPartnership, iop.Kind);
        Assert.Equal("KS 20/0726", iop.CaseNumber!.ToString());
        Assert.Equal(36, iop.Paragraph);
        Assert.Equal(new DateOnly(2020, 11, 20), iop.DecidedOn);
        Assert.Equal(("Kvinnojouren Anna", 2003, "ideell förening"), (iop.Partner.Name, iop.Partner.FoundedYear!.Value, iop.Partner.LegalForm));
        Assert.Equal(PartnershipStage.Investigation, iop.Stage);
        Assert.Null(iop.Validity);
        Assert.Equal(4, iop.TermsToInvestigate.Count);
    }

    [Fact]
    public void SafetyCommission_MatchesSeed004Amounts()
    {
        var decision = SeedCatalogue.SafetyCommissionAppropriations;
        Assert.Equal(("Kommunstyrelsen", 22, "KS 2020/66"), (decision.Body, decision.Paragraph, decision.CaseNumber.ToString()));
        Assert.Equal(17_000_000m, decision.TotalSetAside(AppropriationKind.Operating));
        Assert.Equal(2_500_000m, decision.TotalSetAside(AppropriationKind.Investment));
        Assert.Equal(15, decision.Measures.Count);
        Assert.Equal(["Resurser i det offentliga rummet", "Sociala insatser", "Meningsfull fritid", "Strategisk ledning"], decision.Areas.Select(a => a.Name));
        Assert.Equal(["5-6 mnkr", "5-6 mnkr", "1-1,5 mnkr", "1,5-2 mnkr"], decision.Areas.Select(a => a.EstimatedCost.ToString()));
        Assert.Equal([4, 4, 2, 5], decision.Areas.Select(a => a.MeasureNumbers.Count));
        Assert.Equal("Kameror", decision.Measures[decision.Areas[0].MeasureNumbers[3] - 1]);
        Assert.Equal(2_200_000m, decision.TotalAllocated(AppropriationKind.Operating));
        Assert.Equal(2_500_000m, decision.TotalAllocated(AppropriationKind.Investment));
        Assert.Equal(new MoneyRange(12_500_000m, 15_500_000m), Trygghet.Domain.Finance.AllocationCheck.EstimatedTotal(decision));
        Assert.Equal(new FinancialFollowUpPlan(DateRange.Year(2020), PeriodKind.Tertial), decision.FollowUp);
        Assert.Null(decision.DecisionDate);
    }

    [Fact]
    public void SafetyCommission_RecordsWhoDoesNotTakePart_TheBasisAndTheDispatchAsSeed004Says()
    {
        var decision = SeedCatalogue.SafetyCommissionAppropriations;

        // "Sven Gustafsson, Linus Björkman, Michael Fridebäck och Alexandra Anstrell - samtliga (M) deltar inte i beslutet."
        Assert.Equal(["Sven Gustafsson", "Linus Björkman", "Michael Fridebäck", "Alexandra Anstrell"], decision.NotTakingPart.Select(p => p.Name));
        Assert.All(decision.NotTakingPart, p => Assert.Equal("M", p.Party));
        // "Underlag för beslut", "Expedieras", "För kännedom"
        Assert.Equal(["Protokollsutdrag kommunfullmäktige 2019-12-09 § 197", "Trygghetskommissionens överenskommelse gällande kompletterande åtgärder i det fortsatta trygghetsarbetet"], decision.DecisionBasis);
        Assert.Equal(["Akt", "Trygghetskommissionen", "ekonomiavdelningen"], decision.Dispatch);
        Assert.Equal(["Kultur- och fritidsförvaltningen", "social- och äldreförvaltningen"], decision.ForInformation);
        // the same record as the protocol model's § 22
        Assert.Equal(SeedCatalogue.ExecutiveBoardParagraph22Of2020.Decision!.NotTakingPart, decision.NotTakingPart);
    }

    [Fact]
    public void VarmdoReport_MatchesSeed003()
    {
        var report = SeedCatalogue.VarmdoSafetyCouncilReport;
        Assert.Equal(DocumentKind.CouncilReport, report.Kind);
        Assert.Equal("2017KS/0118", report.CaseNumber.ToString());
        Assert.Equal([new DateOnly(2017, 9, 21), new DateOnly(2017, 10, 9)], report.Meetings.Select(m => m.Date));
        Assert.Equal(["Trygghet och synlighet", "Inbrott", "Trafik", "Ungdomar och narkotika"], report.OperationalGroups);
        var dialogue = Assert.Single(report.Dialogues);
        Assert.Equal("Kvinnors upplevda otrygghet utomhus", dialogue.Theme);
        Assert.Equal(["webbenkät", "fokusgrupper"], dialogue.Methods);
        Assert.Equal("Annica Lempke", report.Officer);
    }
}
