using Trygghet.Domain.Agreements;
using Trygghet.Domain.Common;
using Trygghet.Domain.Promises;
using Trygghet.Domain.Samples;

namespace Trygghet.Domain.Tests.Samples;

/// <summary>Spot checks of the seed agreements and promise against the text of seeds 000, 001 and 002.</summary>
public sealed class SeedCatalogueAgreementsTests
{
    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    [Fact]
    public void Agreement2020_HeaderAsInSeed001()
    {
        var a = SeedCatalogue.CooperationAgreement2020;

        Assert.Equal("KS 19/0719", a.CaseNumber.ToString());
        Assert.Equal("A493.599/2018", a.CounterpartReference);
        Assert.Equal(D(2020, 1, 14), a.Date);
        Assert.Equal(new DateRange(D(2020, 2, 1), D(2020, 12, 31)), a.Validity);
        Assert.Equal("Samverkansöverenskommelse mellan Upplands-Bro kommun och lokalpolisen Järfälla/Upplands-Bro", a.Title);
        Assert.StartsWith("Upplands-Bro kommun och polisen i lokalpolisområdet Järfälla/ Upplands-Bro kommun tecknar", a.Purpose, StringComparison.Ordinal);
    }

    [Fact]
    public void Agreement2020_Signatories_KommundirektorIdaTexell_PoliceChiefNameBlackedOut()
    {
        var signatories = SeedCatalogue.CooperationAgreement2020.Signatories;

        Assert.Equal(new Signatory(PartyKind.LocalPoliceArea, "Lokalpolisområdeschef"), signatories[0]);
        Assert.Equal(new Signatory(PartyKind.Municipality, "Kommundirektör") { Name = "Ida Texell" }, signatories[1]);
    }

    [Fact]
    public void Agreement2020_TenAreasInTheAgreementsOrder_WithPlanSections2To11()
    {
        var areas = SeedCatalogue.CooperationAgreement2020.Areas;

        Assert.Equal(10, areas.Count);
        Assert.Equal(
            ["Förstärkt kapacitet och övergripande gemensam målbild", "Ett tryggt Upplands-Bro, inget utsatt område", "Trygghet på offentlig plats", "Arbete med ungdomar i riskzon", "Inbrott i bostad", "Våldsbejakande extremism", "Trygghetscenter", "Vapen och dödligt våld", "Insatser mot droghandel och öppna drogscener", "Insatser mot gängkriminalitet och organiserad brottslighet"],
            areas.Select(a => a.Title));
        Assert.Equal(Enumerable.Range(2, 10).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)), areas.Select(a => a.Section));
        Assert.Equal("Gemensam kapacitet och övergripande gemensam målbild", areas[0].Heading);
        Assert.Equal(["4.1", "4.2", "4.3", "4.4"], areas[2].Topics.Select(t => t.Section));
        Assert.Equal("Krog tillsyn", areas[2].Topics[0].Title);
        Assert.Equal(["9.1", "9.2"], areas[7].Topics.Select(t => t.Section));
    }

    [Fact]
    public void Agreement2020_AreaTextsAsWritten()
    {
        var areas = SeedCatalogue.CooperationAgreement2020.Areas;

        Assert.Equal("Protokoll över utförda krog tillsyner.", areas[2].Topics[0].FollowUp);
        Assert.Equal("Kommunens alkoholhandläggare ansvarar för samverkan runt detta.", areas[2].Topics[0].Commitments[0].Text);
        Assert.Equal(["Andra externa myndigheter, såsom räddningstjänst, skattemyndighet, tull eller länsstyrelse kan också inbjudas till medverkan."], areas[2].Topics[0].CommitmentNotes);
        Assert.Null(areas[3].Topics[3].Definition); // 5.4 starts with Mål och syfte
        Assert.Null(areas[3].Topics[2].FollowUp); // 5.3 has no Uppföljning row
        Assert.Equal(AreaCommitment.Joint("Hitta en gemensam strategi för hur olovliga vapen i kommunen ska motverkas."), Assert.Single(areas[7].Topics[0].Commitments));
        Assert.Contains("Deltar två gånger per år vid bovärdsmöten", areas[4].Topics[0].Commitments[5].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Agreement2020_YearEndFollowUpTexts_OnePerAreaOrTopic_AsWritten()
    {
        var areas = SeedCatalogue.CooperationAgreement2020.Areas;
        // the årsuppföljning (Trygghetsutskottet 2020-11-20 § 33) writes one "Uppföljning" per area, or per topic where an area has topics
        var leaves = areas.SelectMany(a => a.Topics.Count == 0 ? [a] : a.Topics.Items).ToList();

        Assert.Equal(18, leaves.Count);
        Assert.All(leaves, a => Assert.Equal((FollowUpKind.Yearly, D(2020, 11, 20)), (Assert.Single(a.FollowUps).Kind, a.FollowUps[0].Date)));
        Assert.All(areas.Where(a => a.Topics.Count > 0), a => Assert.Empty(a.FollowUps));
        Assert.Equal(
            "Kommunens tillsyns-/alkoholhandläggare har haft möten med polisen och genomför krog tillsyn december 2020.",
            leaves.Single(a => a.Section == "4.1").FollowUps[0].Text);
        Assert.StartsWith("Att arbeta brottsförebyggande är också att arbeta mot gängkriminalitet", leaves.Single(a => a.Section == "11").FollowUps[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Agreement2020_FollowUpStructure_QuarterlyHalfTimeAndRecords()
    {
        var a = SeedCatalogue.CooperationAgreement2020;

        Assert.Equal([FollowUpKind.Quarterly, FollowUpKind.Continuous, FollowUpKind.HalfTime], a.FollowUpStructure.Requirements.Select(r => r.Kind));
        Assert.Equal(3, a.FollowUpStructure.Requirements[2].Scope.Count);
        Assert.Equal("Insatsernas genomförande", a.FollowUpStructure.Requirements[2].Scope[1]);
        Assert.Equal(new DateRange(D(2020, 8, 1), D(2020, 8, 31)), a.FollowUps[0].When);
        Assert.Equal("KS 20/0600", a.FollowUps[1].CaseNumber?.ToString());
        Assert.Equal("Trygghetsutskottet 2020-11-20 § 33", a.FollowUps[1].DealtWith);
    }

    [Fact]
    public void Agreement2022_HeaderSignatoriesAndAreasAsInSeed002()
    {
        var a = SeedCatalogue.CooperationAgreement2022;

        Assert.Equal("KS 21/0531", a.CaseNumber.ToString());
        Assert.Equal(D(2021, 10, 14), a.Date);
        Assert.Equal(new DateRange(D(2022, 1, 1), D(2023, 12, 31)), a.Validity);
        Assert.Equal(["Torgny Söderberg", "Ida Texell"], a.Signatories.Select(s => s.Name));
        Assert.Equal(["Lokalpolisområdeschef", "Kommundirektör"], a.Signatories.Select(s => s.Title));
        Assert.Equal(["Inget utsatt område i Upplands-Bro", "Våld", "Trygga offentliga miljöer", "Ungdomar i riskzon"], a.Areas.Select(x => x.Title));
        Assert.StartsWith("Upplevd trygghet är en grundläggande förutsättning", a.Areas[2].Definition, StringComparison.Ordinal);
    }

    [Fact]
    public void Agreement2022_MeasuresNumberedAsWritten_IncludingTheSecond36UnderArea4()
    {
        var measures = SeedCatalogue.CooperationAgreement2022.ActionPlan!.Measures;

        Assert.Equal(25, measures.Count);
        Assert.Equal(
            ["1:1", "1:2", "1:3", "1:4", "1:5", "1:6", "1:7", "2:1", "2:2", "2:3", "2:4", "3:1", "3:2", "3:3", "3:4", "3:5", "3:6", "3:7", "3:8", "4:1", "4:2", "4:3", "4:4", "4:5", "3:6"],
            measures.Select(m => m.Number.Text));
        Assert.Equal("Insats 3:6", measures[24].Label);
        Assert.Equal(4, measures[24].AreaNumber);
        Assert.StartsWith("Från hösten 2021 kommer kommunen att ha en socialsekreterare", measures[24].Description, StringComparison.Ordinal);
        Assert.StartsWith("Kommunen samordnar föreningsdriven nattvandring", measures[16].Description, StringComparison.Ordinal);
        Assert.Equal("Polisen kommer att erbjuda skolor i kommunen utbildning inom området pågående dödligt våld.", measures[10].Description);
        Assert.Equal("Det har ännu inte tillsatts fler poliser, med anledning av ekonomi och nuvarande resurser.", measures[5].FollowUps[0].Text);
        Assert.All(measures, m => Assert.Equal((FollowUpKind.SemiAnnual, D(2022, 8, 23)), (Assert.Single(m.FollowUps).Kind, m.FollowUps[0].Date)));
        Assert.Equal("Tre gånger om året", measures[15].Period);
    }

    [Fact]
    public void Promise2022_AsInSeed002()
    {
        var p = SeedCatalogue.CitizenPromise2022;

        Assert.Equal("KS 22/0091", p.CaseNumber.ToString());
        Assert.Equal("Medborgarlöfte i Upplands-Bro 2022-2024", p.Title);
        Assert.Equal(D(2022, 6, 23), p.Date);
        Assert.True(p.Validity.StartsAtDecision);
        Assert.Equal(D(2024, 12, 31), p.Validity.End);
        Assert.Null(p.Decision);
        Assert.Equal("KS 21/0531", p.AgreementCaseNumber?.ToString());
        Assert.Equal("Bro", p.PriorityArea);
        Assert.Equal(4, p.InformationGathering.Dialogues.Single(d => d.Audience == "Medborgare").Occasions);
        Assert.Equal(2, p.InformationGathering.Dialogues.Single(d => d.Audience == "Seniorer").Occasions);
        Assert.Equal(5, p.SituationPicture.Count);
        Assert.Equal(8, p.Commitments.Count);
    }

    [Fact]
    public void Promise2022_QuantifiedCommitments_AsWritten()
    {
        var p = SeedCatalogue.CitizenPromise2022;

        Assert.Equal(
            [("mobila-medborgardialoger", 1, QuotaPeriod.Term), ("tematraffar", 2, QuotaPeriod.Term), ("narkotikainsatser", 4, QuotaPeriod.WholeValidity), ("foraldraforelasning", 1, QuotaPeriod.SchoolYear), ("synlighetsinsatser", 6, QuotaPeriod.CalendarYear)],
            p.Commitments.Where(c => c.Quota is not null).Select(c => (c.Id, c.Quota!.Minimum, c.Quota.Per)));
        Assert.Contains("minst två tematräffar/informationsträffar per termin", p.FindCommitment("tematraffar")!.Description, StringComparison.Ordinal);
        Assert.Contains("minst sex i förväg planerade synlighetsinsatser", p.FindCommitment("synlighetsinsatser")!.Description, StringComparison.Ordinal);
        Assert.StartsWith("Minst en gång per läsår", p.FindCommitment("foraldraforelasning")!.Description, StringComparison.Ordinal);
        Assert.Equal(new DateRange(D(2022, 1, 1), D(2023, 12, 31)), p.FindCommitment("gvi")!.Span);
        Assert.Equal(["Härnevimmottagningen"], p.FindCommitment("narkotikainsatser")!.Partners);
    }
}
