using Trygghet.Domain.Common;
using Trygghet.Domain.Councils;
using Trygghet.Domain.Finance;
using Trygghet.Domain.Partnerships;
using Trygghet.Domain.Plans;

namespace Trygghet.Domain.Samples;

/// <summary>Seed documents (plans, partnerships, appropriations, council reports) built in code from ../shared/seeds.</summary>
public static partial class SeedCatalogue
{
    private const string UpplandsBro = "Upplands-Bro kommun";

    /// <summary>
    /// Handlingsplan för ett socialt hållbart Bro 2020-2025 (seed 001, KS 20/0129): three fokusområden with one
    /// delmål each, ten målindikatorer with their uppföljning, no insatser yet ("Kommunens kontor kommer under
    /// inledningen av 2021 att formulera aktiviteter"); referred back by Trygghetsutskottet 2020-11-20 § 34. It
    /// declares one structure commitment, that its sub-goals have indicators (avsnitt 1.3).
    /// </summary>
    public static ActionProgramme SociallySustainableBroPlan { get; } = BuildBroPlan();

    /// <summary>
    /// Handlingsplan för våld i nära relation samt hedersrelaterat våld och förtryck (seed 001, 2018-11-12 rev
    /// 2019-01-14): purpose, goal and activities under four headings, none of them time-bound; its path through
    /// Socialnämnden § 26, Kommunstyrelsen § 50 (återremiss, renamed) and Trygghetsutskottet § 35 (renamed again).
    /// It declares no structure commitment: the "tidsatta" activities of § 26 are asked of a new plan, not promised by this one.
    /// </summary>
    public static ActionProgramme ViolenceInCloseRelationshipsPlan { get; } = BuildViolencePlan();

    /// <summary>
    /// Förutsättningar för idéburet offentligt partnerskap med Kvinnojouren Anna (seed 001, Trygghetsutskottet
    /// 2020-11-20 § 36, KS 20/0726): an IOP under investigation; its terms are still open.
    /// </summary>
    public static PublicCivicPartnership KvinnojourenAnnaPartnership { get; } = BuildKvinnojourenAnna();

    /// <summary>Kommunstyrelsen § 22 Överenskommelse trygghetskommissionen (seed 004, KS 2020/66).</summary>
    public static AppropriationDecision SafetyCommissionAppropriations { get; } = BuildSafetyCommission();

    /// <summary>Återrapportering från Trygghetsrådet, Värmdö kommun (seed 003, 2017KS/0118).</summary>
    public static SafetyCouncilReport VarmdoSafetyCouncilReport { get; } = BuildVarmdoReport();

    private static Indicator Indicator(string statement, params FollowUpMethod[] methods) =>
        new(statement) { FollowUps = [.. methods] };

    private static FollowUpMethod Method(string description, FollowUpCadence cadence) => new(description, cadence);

    private static ActionProgramme BuildBroPlan() => new("Handlingsplan för ett socialt hållbart Bro 2020-2025", UpplandsBro)
    {
        CaseNumber = CaseNumber.Parse("KS 20/0129"),
        Date = new DateOnly(2020, 11, 20),
        Author = "Förebyggande rådet",
        Strategy = new StrategyReference("Strategi för ett socialt hållbart Bro")
        {
            CaseNumber = CaseNumber.Parse("KS 18/0401"),
            AdoptedBy = "Kommunstyrelsen",
            AdoptedOn = new DateOnly(2018, 12, 5),
        },
        Goal = "Hela Bro ska vara en bra plats att växa upp på",
        Span = new DateRange(new DateOnly(2020, 1, 1), new DateOnly(2025, 12, 31)),

        // Avsnitt 1.3 Genomförande och uppföljning: "behövs därför konkreta handlingsplaner med tydliga delmål och
        // indikatorer". The plan says no more: activities and intervals "kan med fördel konkretiseras i budgetarbetet".
        Commitments = new PlanCommitments { EverySubGoalHasIndicators = true },
        FocusAreas =
        [
            new FocusArea(1, "Hälsa, utbildning och fysisk miljö")
            {
                SubGoals =
                [
                    new SubGoal(1, "Förbättring av uppväxtvillkoren för barn och unga")
                    {
                        Indicators =
                        [
                            Indicator(
                                "Andel/antal elever som går ut grundskolan med gymnasiebehörighet ökar",
                                Method("Årlig mätning av skolresultat och elever med gymnasiebehörighet", FollowUpCadence.Annual)),
                            Indicator(
                                "Andel/antal unga som studerar eller arbetar ökar",
                                Method("Årlig mätning av andel/antal unga i Bro som studerar eller arbetar", FollowUpCadence.Annual))
                                with { TargetGroup = "18-26 år" },
                            Indicator(
                                "Den upplevda tryggheten ökar för de boende i Bro",
                                Method("Årlig analys av trygghetsmätning för Bro", FollowUpCadence.Annual),
                                Method("Löpande lägesrapporter i Embrace för Bro och uppföljning enligt EST", FollowUpCadence.Continuous))
                                with { TargetGroup = "alla åldrar" },
                            Indicator(
                                "Jämlikheten i det offentliga rummet ökar",
                                Method("Mätning av antal besökare i kommunens öppna verksamheter i Bro (bibliotek, fritidsgårdar mm.)", FollowUpCadence.NotStated),
                                Method("Årlig fältrapport genom kommunens fältassistenter.", FollowUpCadence.Annual)),
                            Indicator(
                                "Barn och ungas upplevelse av delaktighet och inflytande ökar",
                                Method("Återkommande LUPP-mätningar (MUCF) i Upplands-Bro kommun", FollowUpCadence.Recurring),
                                Method("Löpande uppföljning via kommunens ungdomsråd", FollowUpCadence.Continuous))
                                with { TargetGroup = "0-18 år" },
                        ],
                    },
                ],
            },
            new FocusArea(2, "Arbete och inkludering")
            {
                SubGoals =
                [
                    new SubGoal(2, "Ökad inkludering av vuxna i utanförskap")
                    {
                        Indicators =
                        [
                            Indicator(
                                "Den kommunala servicen i Bro ökar",
                                Method("Årlig översyn av tillgängligheten till kommunal service i Bro", FollowUpCadence.Annual)),
                            Indicator(
                                "Andel/antal som går vidare till anställning eller vidare studier efter avslutad vuxenutbildning ökar",
                                Method("Årlig uppföljning med de som avslutat kommunal vuxenutbildning", FollowUpCadence.Annual)),
                        ],
                    },
                ],
            },
            new FocusArea(3, "Delaktighet och tillit")
            {
                SubGoals =
                [
                    new SubGoal(3, "Ökat utvecklingssamarbete med de boende")
                    {
                        Indicators =
                        [
                            Indicator(
                                "Valdeltagandet i Bro ökar",
                                Method("Statistik över valdeltagandet", FollowUpCadence.NotStated)),
                            Indicator(
                                "Antal deltagare i kommunal och/eller föreningsdriven aktivitet ökar",
                                Method("Årlig mätning av antal deltagare i kommunal och föreningsdriven aktivitet i Bro", FollowUpCadence.Annual)),
                            Indicator(
                                "Antal medborgardialoger ökar",
                                Method("Årlig redogörelse för antal genomförda medborgardialoger i kommunen", FollowUpCadence.Annual)),
                        ],
                    },
                ],
            },
        ],
        Handling =
        [
            new HandlingStep(
                "Kommunstyrelsen",
                new DateOnly(2020, 3, 4),
                39,
                CaseNumber.Parse("KS 20/0129"),
                "Revidering av handlingsplanen för ett socialt hållbart Bro",
                [HandlingOutcome.Commissioned])
            {
                Decision = "Kommunstyrelsen ger kommundirektören i uppdrag att utifrån de tematiska programområden som finns fastlagda i ”Handlingsplan för ett hållbart Bro” revidera och vid behov förnya de (effekt)mål som anger förutsättningarna för den handlingsplan som kontoret redan har i uppdrag att ta fram.",
            },
            new HandlingStep(
                "Trygghetsutskottet",
                new DateOnly(2020, 11, 20),
                34,
                CaseNumber.Parse("KS 20/0129"),
                "Handlingsplan socialt hållbart Bro 2020-2025",
                [HandlingOutcome.ReferredBack])
            {
                Decision = "Återremiss till kommundirektör med uppdrag att utifrån övergripande mål och budget 2021 samt nämndmål formulera en handlingsplan för ett socialt hållbart Bro.",
            },
        ],
    };

    private static ActionProgramme BuildViolencePlan() => new("Handlingsplan för våld i nära relation samt hedersrelaterat våld och förtryck", UpplandsBro)
    {
        CaseNumber = CaseNumber.Parse("KS 20/0649"),
        Date = new DateOnly(2019, 1, 14),
        Author = "Karin Hägglund, Upplands-Bro kommun",
        Goal = "Målet är att skapa en handlingsplan för att utveckla arbetet inför 2019 med aktiviteter på såväl lång och på kort sikt som kan följas upp.",
        Purpose = "Övergripande syfte är att förebygga och minska våld i nära relation genom att utveckla det strategiska arbetet, samverkan och fördjupa den kollektiva kunskapen inom området.",
        FocusAreas =
        [
            new FocusArea(1, "Organisation")
            {
                Activities =
                [
                    new PlanActivity("Integrera arbetet för att förebygga och minska våld i nära relation med övrigt strategiskt förebyggande arbete i kommunen.")
                    {
                        Owner = "Strategen för våld i nära relation",
                    },
                ],
            },
            new FocusArea(2, "Ökad kunskap")
            {
                Activities =
                [
                    new PlanActivity("Skapa ett nätverk i kommunen som träffas två gånger per år för att sprida kunskap genom föreläsningar och presentationer av olika verksamheter."),
                    new PlanActivity("Kunskapsseminarium och workshops för politiker och kommunledningen med syfte att öka kunskap om effektivt arbete för att förebygga och minska våld i nära relation."),
                    new PlanActivity("Ta fram en plan för att fler berörda inom kommunens olika kontor ska genomföra webbutbildningen från Nationellt Centrum för Kvinnofrid."),
                    new PlanActivity("Utveckla hemsidan med enkel och lättillgänglig information."),
                    new PlanActivity("Ta fram, ett för kommunen gemensamt, informationsmaterial att sprida inom kommunens verksamheter, till exempel affischer och flyers."),
                ],
            },
            new FocusArea(3, "Samverkan")
            {
                Activities =
                [
                    new PlanActivity("Utveckla dialogforum med lokalinvånare och samverkan med det lokala föreningslivet med syfte att förebygga och minska våld i nära relation."),
                    new PlanActivity("Fördjupat samarbete med Origo utifrån hedersrelaterat våld via Integrationsenheten i Upplands-Bro kommun.")
                    {
                        Owner = "Integrationsenheten",
                    },
                ],
            },
            new FocusArea(4, "Utveckling av arbetssätt")
            {
                Activities =
                [
                    new PlanActivity("Kommunövergripande checklista för hur Upplands-Bro kommun arbetar för att uppmärksamma och synliggöra våld i nära relation och rutiner för orosanmälningar samt hur samverkan med föräldrar, förskola och skola ska ske efter anmälan."),
                    new PlanActivity("Förändra rutinen att ekonomiskt bistånd betalas ut till enbart mannen (eller till endast en part om det är ett samkönat par) till att det ska betalas ut till båda makarna i ett hushåll."),
                    new PlanActivity("Se över möjligheterna att arbeta med metoden Huskurage som drivs av en ideell förening med mål att förebygga och förhindra våld i nära relation genom att ge grannar verktyg att agera."),
                ],
            },
        ],
        Handling =
        [
            new HandlingStep(
                "Socialnämnden",
                new DateOnly(2019, 2, 21),
                26,
                CaseNumber.Parse("SN 18/0162"),
                "Handlingsplan för att förebygga och minska våld i nära relationer",
                [HandlingOutcome.ApprovedAsBasis, HandlingOutcome.Proposed, HandlingOutcome.Commissioned])
            {
                Decision = "Ge Socialkontoret i uppdrag att ta fram en handlingsplan med aktiviteter för en tydlig utveckling av insatser som leder till att förebygga våld i nära relationer samt hedersrelaterat våld och förtryck. Handlingsplanens aktiviteter ska vara tidsatta och följas upp regelbundet.",
            },

            // The paragraph heads itself "Dnr KS 19/0178"; the later papers cite it as KS 19/0148.
            new HandlingStep(
                "Kommunstyrelsen",
                new DateOnly(2019, 4, 10),
                50,
                CaseNumber.Parse("KS 19/0178"),
                "Handlingsplan för att förebygga och minska våld i nära relationer",
                [HandlingOutcome.ReferredBack, HandlingOutcome.Renamed],
                "Handlingsplan för att förebygga och minska våld i nära relationer samt hedersrelaterat våld och förtryck")
            {
                Decision = "Kommunstyrelsen ger kommundirektören i uppdrag att under kommunledningskontoret samordna det fortsatta arbetet med den befintliga handlingsplanen som ett underlag till fortsatt arbete.",
            },
            new HandlingStep(
                "Trygghetsutskottet",
                new DateOnly(2020, 11, 20),
                35,
                CaseNumber.Parse("KS 20/0649"),
                "Handlingsplan för våld i nära relation samt hedersrelaterat våld och förtryck",
                [HandlingOutcome.Proposed, HandlingOutcome.Renamed],
                "Handlingsplan mot våld i nära relation samt hedersrelaterat våld och förtryck")
            {
                Decision = "1. Kommunstyrelsen föreslår att Kommunfullmäktige antar handlingsplan mot våld i nära relation samt hedersrelaterat våld och förtryck. 2. Kommunstyrelsen föreslår att Kommunfullmäktige ger Trygghetsutskottet mandat att vid behov revidera handlingsplan mot våld i nära relation samt hedersrelaterat våld och förtryck.",
            },
        ],
    };

    private static PublicCivicPartnership BuildKvinnojourenAnna() => new(
        "Förutsättningar för idéburet offentligt partnerskap med Kvinnojouren Anna",
        UpplandsBro,
        new CivicOrganisation("Kvinnojouren Anna")
        {
            LegalForm = "ideell förening",
            FoundedYear = 2003,
            Activity = "Skyddat boende och samtalskontakt för kvinnor utsatta för våld, hot och sexuella övergrepp samt deras barn.",
        },
        PartnershipStage.Investigation)
    {
        CaseNumber = CaseNumber.Parse("KS 20/0726"),
        DecidedBy = "Trygghetsutskottet",
        DecidedOn = new DateOnly(2020, 11, 20),
        Paragraph = 36,
        Commission = "Trygghetsutskottet ger kommundirektören i uppdrag att utreda förutsättningarna för Idéburet Offentligt Partnerskap (IOP) med Kvinnojouren Anna.",
        CurrentSupport = "Idag får kvinnojouren Anna årligen bidrag från Socialnämnden.",
        TermsToInvestigate = ["innehåll", "ansvar för uppföljning av partnerskapet", "partnerskapets giltighetstid", "finansiering"],
    };

    private static AppropriationDecision BuildSafetyCommission()
    {
        // built here, not read from the property: static initialisers of partial files run in no promised order
        var p22 = BuildExecutiveBoardParagraph22();
        return new("Överenskommelse trygghetskommissionen", "Kommunstyrelsen", 22, CaseNumber.Parse("KS 2020/66"))
        {
            // The extract states no meeting date.
            Appropriations =
            [
                new Appropriation("trygghet-2019", "Trygghetsåtgärder under 2019 (ökad trygghet i och utanför skolan)", AppropriationKind.Operating, Money.FromMillions(7m), 2019)
                {
                    DecidedIn = "Mål och budget 2019-2020",
                },
                new Appropriation("trygghet-2020", "Tillkommande trygghetsåtgärder som identifieras av trygghetskommissionen", AppropriationKind.Operating, Money.FromMillions(10m), 2020)
                {
                    DecidedIn = "Reviderad mål och budget 2020-2021",
                },
                new Appropriation("investeringsreserv", "Ur kommunstyrelsens investeringsreserv", AppropriationKind.Investment, Money.FromMillions(2.5m), 2020)
                {
                    DecidedIn = "Kommunstyrelsen § 22, beslutspunkt 4",
                },
            ],
            Measures =
            [
                "Utökade fältresurser",
                "Handslag mot skadegörelse",
                "Trygghetsvärdar/väktare",
                "Inrätta ett brottsförebyggande forum",
                "Fortsättning föreningsdrivna nattvandringar",
                "Utredda förstärkt lokal samverkan",
                "Snabba insatser mot brottsaktiva unga",
                "Stöttande resurs i samverkan mellan polis och myndigheter",
                "Kulturhuset som möjligt nav för ungdomar som rör sig i Handen",
                "Meningsfull fritid för ungdomar",
                "Sysselsättning och jobb",
                "Avhopparverksamhet",
                "Kameror",
                "Kommunikation",
                "Bättre samordning av resurser",
            ],
            Areas =
            [
                new AllocationArea("Resurser i det offentliga rummet", MoneyRange.FromMillions(5m, 6m))
                {
                    MeasureNumbers = [1, 3, 5, 13],
                    Allocations =
                    [
                        new Allocation("Utökad användning av trygghetsvärdar/väktare", AppropriationKind.Operating, Money.FromMillions(2.2m), "trygghet-2020"),
                        new Allocation("Fortsatt utbyggnad av kameraanvändning i anslutning till kommunens fastigheter", AppropriationKind.Investment, Money.FromMillions(2.5m), "investeringsreserv"),
                    ],
                },
                new AllocationArea("Sociala insatser", MoneyRange.FromMillions(5m, 6m)) { MeasureNumbers = [7, 8, 11, 12] },
                new AllocationArea("Meningsfull fritid", MoneyRange.FromMillions(1m, 1.5m)) { MeasureNumbers = [9, 10] },
                new AllocationArea("Strategisk ledning", MoneyRange.FromMillions(1.5m, 2m)) { MeasureNumbers = [2, 4, 6, 14, 15] },
            ],
            DecisionPoints =
            [
                "2,2 mnkr avsätts till utökad användning av trygghetsvårdar/väktare.",
                "Kommundirektören uppdras att i samråd med trygghetskommissionen fördela resterande belopp i enlighet med överenskommelsens intentioner. Uppföljning sker i ordinarie verksamhetsuppföljning till kommunstyrelsen.",
                "Kommunstyrelsens investeringsbudget utökas med 2,5 mnkr för en fortsatt utbyggnad av kameraanvändning i anslutning till kommunens fastigheter.",
                "Utökningen av kommunstyrelsens investeringsbudget finansieras genom att ianspråka 2,5 mnkr ur kommunstyrelsens investeringsreserv.",
            ],

            // the paragraph's record as the protocol model holds it: underlag för beslut, the four (M) members who do not
            // take part, expedieras and för kännedom
            DecisionBasis = p22.DecisionBasis,
            NotTakingPart = p22.Decision!.NotTakingPart,
            Dispatch = p22.Dispatch,
            ForInformation = p22.ForInformation,

            // "per april, delårsbokslut per augusti och i årsbokslut": tertialvis during 2020.
            FollowUp = new FinancialFollowUpPlan(DateRange.Year(2020), PeriodKind.Tertial),
        };
    }

    private static SafetyCouncilReport BuildVarmdoReport() => new(
        "Återrapportering från Trygghetsrådet",
        "Värmdö kommun",
        "Trygghetsrådet",
        CaseNumber.Parse("2017KS/0118"),
        ImprecisePeriod.Within(ImpreciseDate.InSeason(2017, Season.Autumn))) // "Under hösten 2017"
    {
        ProposedDecision = "Återrapporteringen från Trygghetsrådet godkänns.",
        Officer = "Annica Lempke",

        // "I maj 2017 ... beslutade kommunfullmäktige om en reviderad arbetsordning": the month, no day.
        DutiesFrom = ImpreciseDate.InMonth(2017, 5),
        Meetings =
        [
            new CouncilMeeting(new DateOnly(2017, 9, 21), "Formerande möte under kommundirektörens ledning")
            {
                Decisions =
                [
                    "Rådet formerar sitt arbete utifrån strukturen i överenskommelsen som Värmdö, Nacka och Tyresö kommuner har med polisen.",
                    "Trygghetsrådet inrättar fyra operativa grupper: trygghet och synlighet, inbrott, trafik samt ungdomar och narkotika.",
                    "Rådet behandlade ett förslag till plan mot våldsbejakande extremism inför beslut i kommunstyrelsen.",
                ],
            },
            new CouncilMeeting(new DateOnly(2017, 10, 9), "Uppföljande möte")
            {
                Decisions =
                [
                    "De operativa grupperna bemannades.",
                    "Medborgardialog för 2017 och 2018 med temat Kvinnors upplevda otrygghet utomhus.",
                    "Varje operativ grupp tar fram en aktivitetsplan med tidplan till rådets strategiska möte i januari 2018.",
                ],
            },
        ],
        OperationalGroups = ["Trygghet och synlighet", "Inbrott", "Trafik", "Ungdomar och narkotika"],
        Dialogues =
        [
            new CitizenDialogue("Kvinnors upplevda otrygghet utomhus", new DateRange(new DateOnly(2017, 10, 9), new DateOnly(2018, 12, 31)))
            {
                DecidedOn = new DateOnly(2017, 10, 9),
                Methods = ["webbenkät", "fokusgrupper"],
                Purpose = "Identifiera orsaker till kvinnors upplevda otrygghet.",
            },
        ],

        // This report, on the autumn of 2017, taken as the redogörelse at the 2017 bokslut.
        Submissions = [new CouncilReportSubmission(2017, ReportingOccasion.AnnualAccounts)],
    };
}
