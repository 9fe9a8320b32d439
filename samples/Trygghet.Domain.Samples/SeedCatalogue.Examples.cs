using Trygghet.Domain.Common;
using Trygghet.Domain.CrimePreventionDuty;

namespace Trygghet.Domain.Samples;

/// <summary>Examples written for the library (not seeds): documents the seeds are too old to hold.</summary>
public static partial class SeedCatalogue
{
    /// <summary>
    /// Exempel (an example, not a seed): the duty file of an invented municipality, Exempelby kommun, under Lag
    /// (2023:196), written after the way municipalities publish these documents: a lägesbild fastställd by the
    /// kommunstyrelse in the autumn of 2023 and updated in 2025, an åtgärdsplan decided before the transition day
    /// 2024-07-01 and followed up in 2025, a brottsförebyggande råd chaired by the kommunstyrelsens ordförande, a
    /// samordnare, a samverkansöverenskommelse with the local police area, and reports to kommunfullmäktige. No
    /// name, number or date in it belongs to a real municipality.
    /// </summary>
    public static CrimePreventionDutyFile ExampleDutyFile { get; } = BuildExampleDutyFile();

    private static CrimePreventionDutyFile BuildExampleDutyFile()
    {
        const string Ks = "Kommunstyrelsen";
        SituationReportPart Part(string summary, params string[] sources) => new(true) { Summary = summary, Sources = [.. sources] };
        EquatableArray<IdentifiedProblem> problems =
        [
            new("P1", "Narkotikaförsäljning till unga i anslutning till skolor och idrottsplatser"),
            new("P2", "Otrygghet i centrum och vid stationen kvällstid, särskilt bland kvinnor"),
            new("P3", "Skadegörelse och anlagda bränder i skolmiljöer"),
            new("P4", "Våld i nära relation"),
        ];
        var mapping = Part(
            "Anmälda brott 2018-2022 per brottstyp och område; utsatthet och otrygghet enligt trygghetsmätning och skolenkät.",
            "Polisens anmälningsstatistik", "Polisens lokala trygghetsmätning", "Brås nationella trygghetsundersökning (NTU)", "Skolenkät årskurs 9");
        var other = Part(
            "Socialtjänstens orosanmälningar, räddningstjänstens statistik över anlagda bränder, medborgardialoger i tre kommundelar.",
            "Socialtjänsten", "Räddningstjänsten", "Medborgardialoger 2023");
        var analysis = Part("Analys av problem, orsaker och utveckling, gemensamt med lokalpolisområdet.", "Arbetsgrupp kommun och polis");
        var situation2023 = new SituationReport("LB-2023", new DateOnly(2023, 10, 16), "Hela kommunen")
        {
            Title = "Lägesbild brottslighet och otrygghet 2023",
            Mapping = mapping,
            OtherInformation = other,
            Analysis = analysis,
            Problems = problems,
        };
        var situation2025 = new SituationReport("LB-2025", new DateOnly(2025, 9, 22), "Hela kommunen")
        {
            Title = "Lägesbild brottslighet och otrygghet 2025 (uppdatering)",
            Mapping = mapping with { Summary = "Anmälda brott 2020-2024 per brottstyp och område; trygghetsmätning 2025." },
            OtherInformation = other with { Sources = ["Socialtjänsten", "Räddningstjänsten"] },
            Analysis = analysis,
            Problems = [.. problems, new IdentifiedProblem("P5", "Bedrägerier mot äldre")],
        };
        var plan = new CrimePreventionPlan("Åtgärdsplan för brottsförebyggande arbete 2024-2026")
        {
            Decision = new DutyDecision(Ks, new DateOnly(2024, 5, 13)) { Paragraph = "§ 87", CaseNumber = CaseNumber.Parse("KS 2023/412") },
            SituationReportId = "LB-2023",
            Period = new DateRange(new DateOnly(2024, 7, 1), new DateOnly(2026, 12, 31)),
            Measures =
            [
                new PreventiveMeasure("Föräldravandringar och vuxennärvaro vid skolor och idrottsplatser fredagskvällar")
                {
                    Owner = "Kultur- och fritidsförvaltningen",
                    Period = new DateRange(new DateOnly(2024, 8, 1), new DateOnly(2026, 12, 31)),
                    Problems = ["P1"],
                },
                new PreventiveMeasure("Sociala insatsgrupper för unga i riskzon, tillsammans med polisen")
                {
                    Owner = "Socialförvaltningen",
                    Period = new DateRange(new DateOnly(2024, 9, 1), new DateOnly(2026, 12, 31)),
                    Problems = ["P1", "P3"],
                },
                new PreventiveMeasure("Belysning och röjning av växtlighet på gångvägen mellan stationen och centrum")
                {
                    Owner = "Samhällsbyggnadsförvaltningen",
                    Period = new DateRange(new DateOnly(2024, 9, 1), new DateOnly(2025, 6, 30)),
                    Problems = ["P2"],
                },
                new PreventiveMeasure("Utbildning i våld i nära relation för personal i förskola och skola")
                {
                    Owner = "Bildningsförvaltningen",
                    Problems = ["P4"],
                },
                new PreventiveMeasure("Trygghetsvandringar med bostadsbolaget två gånger per år")
                {
                    Owner = "Kommunledningsförvaltningen",
                },
            ],
            FollowUps = [new PlanFollowUp(new DateOnly(2025, 4, 7)) { Summary = "Uppföljning 2024 redovisad för kommunstyrelsen; belysningsåtgärden klar." }],
        };
        return new CrimePreventionDutyFile("Exempel: Brottsförebyggande arbete i Exempelby kommun", "Exempelby kommun")
        {
            CaseNumber = CaseNumber.Parse("KS 2023/412"),
            LeadingBody = Ks,
            SituationReports = [situation2023, situation2025],
            ActionPlans = [plan],
            Agreements =
            [
                new AgreementLink("Samverkansöverenskommelse mellan Exempelby kommun och lokalpolisområde Exempelby 2024-2027")
                {
                    CaseNumber = CaseNumber.Parse("KS 2023/530"),
                    Partners = ["Lokalpolisområde Exempelby"],
                    Validity = new DateRange(new DateOnly(2024, 1, 1), new DateOnly(2027, 12, 31)),
                },
            ],
            StrategicCouncil = new StrategicCouncil("Brottsförebyggande rådet i Exempelby")
            {
                LedByMunicipality = true,
                Chair = "Kommunstyrelsens ordförande",
                Members =
                [
                    new CouncilMember("Exempelby kommun", "Kommunstyrelsens ordförande") { Municipal = true, LeadingPosition = true },
                    new CouncilMember("Exempelby kommun", "Kommundirektör") { Municipal = true, LeadingPosition = true },
                    new CouncilMember("Polisen, lokalpolisområde Exempelby", "Lokalpolisområdeschef") { LeadingPosition = true },
                    new CouncilMember("Räddningstjänsten", "Räddningschef") { LeadingPosition = true },
                    new CouncilMember("Exempelbyhem AB", "Trygghetsvärd") { LeadingPosition = false },
                ],
            },
            CoordinationFunction = new CoordinationFunction("Brottsförebyggande samordnare, kommunledningsförvaltningen")
            {
                From = new DateOnly(2023, 3, 1),
                Coordinates = true,
                ContactPoint = true,
                Informs = true,
            },
            ReportsToCouncil =
            [
                new CouncilReporting(new DateOnly(2023, 11, 20), "Lagen om kommuners ansvar för brottsförebyggande arbete och lägesbilden 2023") { ReportedBy = Ks, Paragraph = "§ 132" },
                new CouncilReporting(new DateOnly(2024, 6, 17), "Åtgärdsplan för brottsförebyggande arbete 2024-2026") { ReportedBy = Ks, Paragraph = "§ 78" },
                new CouncilReporting(new DateOnly(2025, 4, 28), "Uppföljning av åtgärdsplanen 2024") { ReportedBy = Ks, Paragraph = "§ 51" },
            ],
        };
    }
}
