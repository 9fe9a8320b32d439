using Trygghet.Domain.Agreements;
using Trygghet.Domain.Common;
using Trygghet.Domain.Portfolio;
using Trygghet.Domain.Promises;

namespace Trygghet.Domain.Samples;

/// <summary>Seed documents as data (the cooperation agreements and the citizen promise of Upplands-Bro).</summary>
public static partial class SeedCatalogue
{
    private static readonly EquatableArray<PartyKind> Both = [PartyKind.Municipality, PartyKind.LocalPoliceArea];
    private static readonly EquatableArray<PartyKind> MunicipalityOnly = [PartyKind.Municipality];
    private static readonly EquatableArray<PartyKind> PoliceOnly = [PartyKind.LocalPoliceArea];

    /// <summary>Upplands-Bro kommun, as the seeds name it.</summary>
    public static Party UpplandsBroMunicipality { get; } = new(PartyKind.Municipality, "Upplands-Bro kommun");

    /// <summary>Lokalpolisområde Järfälla/Upplands-Bro, as the seeds name it.</summary>
    public static Party JarfallaUpplandsBroPoliceArea { get; } = new(PartyKind.LocalPoliceArea, "Lokalpolisområde Järfälla/Upplands-Bro");

    /// <summary>
    /// Samverkansöverenskommelse 2020 (KS 19/0719, seed 001): valid 2020-02-01 to 2020-12-31, ten samverkansområden
    /// from its åtgärdsplan, half-time and quarterly follow-up, and the follow-ups recorded in seeds 000 and 001
    /// (delårsuppföljning in August 2020, årsuppföljning at Trygghetsutskottet 2020-11-20 § 33).
    /// </summary>
    public static CooperationAgreement CooperationAgreement2020 { get; } =
        new(CaseNumber.Parse("KS 19/0719"), "Samverkansöverenskommelse mellan Upplands-Bro kommun och lokalpolisen Järfälla/Upplands-Bro", new DateRange(new(2020, 2, 1), new(2020, 12, 31)))
        {
            Date = new DateOnly(2020, 1, 14),
            CounterpartReference = "A493.599/2018",
            Purpose = "Upplands-Bro kommun och polisen i lokalpolisområdet Järfälla/ Upplands-Bro kommun tecknar en gemensam överenskommelse gällande ökad trygghet och säkerhet för ett hållbart Upplands-Bro. Brottsligheten ska minska och tryggheten ska öka och inriktningen för samarbetet är en tätare samverkan, ökad polisiär personaltäthet och tydliga samverkansområden.",
            Basis = "Polisen och kommunen har efter framtagande av en gemensam lokal lägesbild prioriterat följande samverkansområden:",
            Parties = [UpplandsBroMunicipality, JarfallaUpplandsBroPoliceArea],
            Signatories =
            [
                new Signatory(PartyKind.LocalPoliceArea, "Lokalpolisområdeschef"),
                new Signatory(PartyKind.Municipality, "Kommundirektör") { Name = "Ida Texell" },
            ],
            Areas = Areas2020(),
            ActionPlan = new ActionPlan("Åtgärdsplan 2020")
            {
                Date = new DateOnly(2020, 1, 14),
                Statements =
                [
                    "Insatser ska genomföras, följas upp och ersättas i takt med att arbetet fortskrider enligt bifogad åtgärdsplan för arbetet.",
                    "Polisen och kommunen åtar sig att arbeta med samverkansområdena i enlighet med den åtgärdsplan som är framtagen (bilaga 2). Åtgärdsplanen innehåller uppgifter om vilka insatser som ska genomföras och vem som ansvarar för respektive insats samt uppgifter om uppföljning av de olika insatserna.",
                    "Insatserna ska löpande följas upp i det gemensamma chefsrådet. Insatserna kan förändras mot bakgrund av nya behov eller ny kunskap inom området. Insatserna ska bedrivas under hela samverkansperioden om inget annat nämns.",
                ],
            },
            FollowUpStructure = new FollowUpStructure
            {
                Organisation = "Samverkan mellan polisen och kommunen i Upplands-Bro sker på strategisk nivå med kommunledning genom chefssamråd. Till förebyggande rådet är samordnare för polisen och kommunen knutna med uppdraget att följa upp de insatser som beskrivs i denna överenskommelse.",
                Requirements =
                [
                    new FollowUpRequirement(FollowUpKind.Quarterly, "För frågeställningar kring operativ samordning mellan kommun och polis ska kvartalsvisa avstämningar ske mellan kommunens samordnare och polis. Avstämningarna syftar till att identifiera eventuella frågeställningar som behöver lösas för överenskommelsens genomförande.")
                    {
                        Responsible = "kommunens samordnare och polis",
                    },
                    new FollowUpRequirement(FollowUpKind.Continuous, "Chefssamrådet ansvarar för att löpande följa upp överenskommelsen vid rådets ordinarie möten enligt överenskommelsens frekvens.")
                    {
                        Responsible = "Chefssamrådet",
                    },
                    new FollowUpRequirement(FollowUpKind.HalfTime, "Överenskommelsen i sin helhet ska följas upp efter halva tiden för att säkerställa att arbetet går i rätt riktning.")
                    {
                        Scope =
                        [
                            "Hur väl samverkansformerna upplevs fungera",
                            "Insatsernas genomförande",
                            "Resultatet av insatserna och om det bidrar till det övergripande syftet att öka tryggheten.",
                        ],
                    },
                ],
            },
            FollowUps =
            [
                new FollowUpRecord(FollowUpKind.Interim, new DateRange(new(2020, 8, 1), new(2020, 8, 31)), "Delårsuppföljning av samverkansöverenskommelse och åtgärdsplan kommun/polis 2020 (\"Delårsuppföljning skedde i augusti 2020\")."),
                new FollowUpRecord(FollowUpKind.Yearly, DateRange.SingleDay(new(2020, 11, 20)), "Årsuppföljning samverkansöverenskommelse kommun/polis, godkänd av Trygghetsutskottet.")
                {
                    CaseNumber = CaseNumber.Parse("KS 20/0600"),
                    DealtWith = "Trygghetsutskottet 2020-11-20 § 33",
                },
            ],
            Attachments = ["Åtgärdsplan 2020"],
        };

    /// <summary>
    /// Samverkansöverenskommelse 2022-2023 (KS 21/0531, seed 002): valid 2022-01-01 to 2023-12-31, four
    /// samverkansområden, the åtgärdsplan's 25 measures (two of them numbered "3:6", the second under area 4) with
    /// the halvårsuppföljning of 2022-08-23, and quarterly check-ins between the coordinators.
    /// </summary>
    public static CooperationAgreement CooperationAgreement2022 { get; } =
        new(CaseNumber.Parse("KS 21/0531"), "Samverkansöverenskommelse mellan Upplands-Bro kommun och Järfälla och Upplands-Bro lokalpolisområde", new DateRange(new(2022, 1, 1), new(2023, 12, 31)))
        {
            Date = new DateOnly(2021, 10, 14),
            Purpose = "Upplands-Bro och polisen i lokalpolisområdet Järfälla/Upplands-Bro kommun tecknar en gemensam överenskommelse gällande ökad trygghet och säkerhet för en säker, trygg och hållbar kommun. Målet är att brottsligheten ska minska och tryggheten ska öka. För att uppnå detta måste vi arbeta tillsammans genom en tät samverkan och tydliga samverkansområden med regelbundna avstämningar och genom att kommunicera resultat till invånarna.",
            Basis = "Baserat på kommunens arbete med kartläggning (Embrace och EST-områdesgrupper) och polisens trygghetsmätning samt löpande statistik har en gemensam lokal lägesbild tagits fram med fyra följande prioriterade samverkansområden:",
            Parties = [UpplandsBroMunicipality, JarfallaUpplandsBroPoliceArea],
            Signatories =
            [
                new Signatory(PartyKind.LocalPoliceArea, "Lokalpolisområdeschef") { Name = "Torgny Söderberg" },
                new Signatory(PartyKind.Municipality, "Kommundirektör") { Name = "Ida Texell" },
            ],
            Areas = Areas2022(),
            ActionPlan = new ActionPlan("Åtgärdsplan 2022")
            {
                Statements =
                [
                    "Insatser ska genomföras, följas upp och om behov uppstår, justeras.",
                    "Polisen och kommunen åtar sig att arbeta med de fyra utpekade samverkansområdena i enlighet med en åtgärdsplan som är framtagen (bilaga 1).",
                ],
                Measures = Measures2022(),
            },
            FollowUpStructure = new FollowUpStructure
            {
                Organisation = "Samverkan mellan polisen och Upplands-Bro kommun sker på flertalet nivåer, strategisk likväl som operativ. På den strategiska nivån ser samverkan genom EST styrgrupp och på operativ nivå sker avstämningar löpande i flertalet forum.",
                Requirements =
                [
                    new FollowUpRequirement(FollowUpKind.Quarterly, "Kvartalsvisa avstämningar ska dock ske mellan kommunens samordnare och utpekad ansvarig polis. Avstämningarna syftar till att identifiera eventuella frågeställningar som behöver lösas för överenskommelsens genomförande.")
                    {
                        Responsible = "kommunens samordnare och utpekad ansvarig polis",
                    },
                ],
            },
            FollowUps =
            [
                new FollowUpRecord(FollowUpKind.SemiAnnual, DateRange.SingleDay(HalfYearReport2022), "Halvårsuppföljning Samverkansöverenskommelse 2022–2023.")
                {
                    CaseNumber = CaseNumber.Parse("KS 21/0531"),
                    DealtWith = "Trygghetsutskottet 2022-09-09",
                },
            ],
            Attachments = ["Åtgärdsplan 2022"],
        };

    /// <summary>
    /// Medborgarlöfte 2022-2024 (KS 22/0091, seed 002), as written: valid from the kommunstyrelse's decision date to
    /// 2024-12-31. The seed holds only Trygghetsutskottet's proposal, not the decision, so <see cref="CitizenPromise.Decision"/>
    /// is null; record it with <see cref="CitizenPromise.WithDecision"/>. Linked to the agreement KS 21/0531, whose
    /// "publika och kommunikativa del" it is.
    /// </summary>
    public static CitizenPromise CitizenPromise2022 { get; } =
        new(CaseNumber.Parse("KS 22/0091"), "Medborgarlöfte i Upplands-Bro 2022-2024", PromiseValidity.FromDecision(new DateOnly(2024, 12, 31)))
        {
            Date = new DateOnly(2022, 6, 23),
            AgreementCaseNumber = CaseNumber.Parse("KS 21/0531"),
            Parties = [UpplandsBroMunicipality, JarfallaUpplandsBroPoliceArea],
            InformationGathering = new InformationGathering
            {
                Summary = "Medborgarlöftet är en del av det brottsförebyggande och trygghetskapande arbete som kommun och polis har ett gemensamt ansvar för. Som underlag till det lokala medborgarlöftet ligger flertalet genomförda dialoger, både med medborgare, näringsliv och medarbetare. Information kring den lokala lägesbilden uppdateras även i de aktuella samverkansforum mellan kommun och polis som genomförs kontinuerligt.",
                Dialogues =
                [
                    new Dialogue("Medarbetare", "Medarbetardialoger har genomförts med både Upplands-Bro kommun och Lokalpolisområde Järfälla/Upplands-Bro."),
                    new Dialogue("Medborgare", "Öppna medborgardialoger har genomförts på offentliga platser runt om i kommunen vid fyra innan annonserade tillfällen.") { Occasions = 4 },
                    new Dialogue("Näringsliv", "Information från näringslivet har inhämtas genom polis och trygghetssamordnares medverkan under Näringslivsdagen våren 2022."),
                    new Dialogue("Ungdomar", "Ett ungdomsperspektiv har erhållits genom öppna dialoger på Upplands-Bro gymnasium"),
                    new Dialogue("Seniorer", "vid två tillfällen har seniorer bjudits in för samtal för att tillförsäkra även ett specifikt seniorperspektiv.") { Occasions = 2 },
                ],
                OtherSources = ["statistik", "enkätsvar", "tidigare samverkansöverenskommelse"],
            },
            SituationPicture =
            [
                "I samverkansforum samt i dialoger har stort fokus hamnat på ungdomsfrågor. Ungdomar utan fritidssysselsättning ses i riskzon för att rekryteras till kriminella nätverk, men även när det gäller risk för brottslighet eller annat otrygghetskapande. Önskemål har funnits att satsa mer på aktiviteter för ungdomar samt för kommuninnevanare över lag.",
                "I medarbetardialoger har stort fokus legat på ungdomar och narkotika, samt narkotikans konsekvenser i form av kriminalitet och skadegörelse. I medborgardialoger har gängkriminalitet och den grövre brottsligheten upplevts som prioriterade områden. Särskilt utpekad otrygg plats är framförallt centrala Bro.",
                "Det framkommer ofta i medborgardialoger en önskan om polisen och kommunens synlighet i offentlig miljö, som en trygghetsskapande faktor i sig. Sammanfattningsvis kan sägas att medborgare upplever sig trygga när platsen är väl belyst och befolkad, när en känner många i sitt närområde samt vid naturlig synlighet av polis, väktare och andra trygga vuxna – inte bara när brott begåtts.",
                "Det framkommer i dialoger med seniorer att stor del utsatts för telefonbedrägerier.",
                "Medborgardialogerna har upplevts som mycket positiva och trygghetsskapande aktiviteter där polis/kommun och kommunmedborgare kunnat mötas för att utbyta information och synpunkter. Det framkommer att både polis och kommun behöver förbättra sin kommunikation ut till medborgare kring de trygghetsinsatser som redan idag görs i kommunen.",
            ],
            Focus = ["ökad synlighet och kommunikation med medborgare", "ungdomsfrågor", "narkotika", "nätverksrelaterad kriminalitet"],
            PriorityArea = "Bro",
            Commitments =
            [
                new PromiseCommitment("gvi", "Tillsammans med kriminalvården implementera GVI (Group Violence Intervention) under 2022- 2023. Arbetet med GVI riktar sig mot den grövsta brottsligheten och skjutvapenvåldet i vårt samhälle och tar krafttag mot den nätverksorganiserade brottsligheten.")
                {
                    Span = new DateRange(new(2022, 1, 1), new(2023, 12, 31)),
                    Responsible = Both,
                    Partners = ["Kriminalvården"],
                },
                new PromiseCommitment("mobila-medborgardialoger", "Minst en gång per termin genomföra mobila medborgardialoger i Upplands-Bro kommun med hjälp av kommunbuss och polisbil. Dessa dialoger har ett tydligt trygghetsfokus och förutom öppna samtal kommer information kring det trygghetsarbete som görs i kommunen att ges, och önskemål och tankar från kommunmedborgare att inhämtas.")
                {
                    Quota = new Quota(1, QuotaPeriod.Term),
                    Responsible = Both,
                },
                new PromiseCommitment("tematraffar", "Genomföra minst två tematräffar/informationsträffar per termin riktade till medborgare i Trygghetscenter i Bro. Under ovan nämnda mobila medborgardialoger kommer förslag på teman inhämtas av medborgare och redan planerade träffar kommer att presenteras och bjudas in till.")
                {
                    Quota = new Quota(2, QuotaPeriod.Term),
                    Responsible = Both,
                },
                new PromiseCommitment("samhallstillit", "Under 2022 sammanställa en modell för att öka barn och ungas samhällstillit, där kommun och polis medverkar. Modellen innefattar strukturerade möten mellan polis och barn/ungdomar barn där unga är delaktiga i utformningen.")
                {
                    Span = DateRange.Year(2022),
                    Responsible = Both,
                },
                new PromiseCommitment("narkotikainsatser", "Genomföra minst fyra i förväg planerade narkotikainsatser i samverkan Lokalpolisområde Järfälla/Upplands- Bro och Härnevimmottagningen i Upplands-Bro.")
                {
                    Quota = new Quota(4, QuotaPeriod.WholeValidity),
                    Responsible = Both,
                    Partners = ["Härnevimmottagningen"],
                },
                new PromiseCommitment("foraldraforelasning", "Minst en gång per läsår bjuda in föräldrar till en föreläsning med fokus narkotika, ungdomar och kriminalitet samt vid önskemål medverka på skolornas föräldramöten med syfte att visa synlighet samt ge info kring ovan.")
                {
                    Quota = new Quota(1, QuotaPeriod.SchoolYear),
                    Responsible = Both,
                },
                new PromiseCommitment("synlighetsinsatser", "Per år genomföra minst sex i förväg planerade synlighetsinsatser/trygghetsinsatser, framförallt med fokus på centrala Bro. Planerade tillfällen där polis, kommunal verksamhet och civilsamhället finns på plats i det offentliga rummet tillsammans.")
                {
                    Quota = new Quota(6, QuotaPeriod.CalendarYear),
                    Responsible = Both,
                },
                new PromiseCommitment("seniorer-bedragerier", "Ge ut information till seniorer om hur en kan skydda sig mot bedrägerier.")
                {
                    Responsible = Both,
                },
            ],
            ExpectedEffect = "Syftet med medborgarlöftet är att tillgodose de önskemål som medborgarna framfört under medborgardialogerna. Genom ovan beskrivna åtgärder förväntas området bli en tryggare miljö för de som vistas i områdena.",
        };

    /// <summary>
    /// The portfolio of Upplands-Bro kommun and Lokalpolisområde Järfälla/Upplands-Bro: the agreements 2020 and
    /// 2022-2023 and the promise 2022-2024 (as written, without its decision).
    /// </summary>
    public static AgreementPortfolio UpplandsBroPortfolio { get; } =
        new AgreementPortfolio("Upplands-Bro kommun och Lokalpolisområde Järfälla/Upplands-Bro", UpplandsBroMunicipality, JarfallaUpplandsBroPoliceArea)
        {
            Agreements = [CooperationAgreement2020, CooperationAgreement2022],
            Promises = [CitizenPromise2022],
        };

    private static DateOnly HalfYearReport2022 => new(2022, 8, 23);

    private static FollowUpNote HalfYear2022(string text) => new(FollowUpKind.SemiAnnual, HalfYearReport2022, text);

    /// <summary>The årsuppföljning 2020 (seed 001, Trygghetsutskottet 2020-11-20 § 33): its "Uppföljning" text for one area, as written.</summary>
    private static FollowUpNote YearEnd2020(string text) => new(FollowUpKind.Yearly, new DateOnly(2020, 11, 20), text);

    private static EquatableArray<CooperationArea> Areas2020() =>
    [
        new CooperationArea(1, "Förstärkt kapacitet och övergripande gemensam målbild")
        {
            Section = "2",
            FollowUps = [YearEnd2020("Överenskommelsen och de prioriterade områdena utgör den gemensamma målbilden.\nKommunen har ett brottsförebyggande arbete i olika nivåer, strategiskt, samordnande och operativt. Arbetet är under utveckling, bland annat genom det påbörjade arbetet med arbetsmetoden EST (Effektiv Samordning för Trygghet).\nPolisen hade under sommaren till följd av läge och särskilda händelser en stor förstärkt polisnärvaro i kommunen, genom en polisområdesgemensam insats.\nKommun och polis för en tät dialog kring polisens närvaro för att säkerställa goda förutsättningar för det brottsförebyggande arbetet även framåt. Polisen har en fortsatt ökad närvaro i Upplands-Bro i form av synliga insatser men också genom spaning och underättelseverksamhet.\nKommun och polis ser gemensamt över samverkansstrukturerna för att skapa ytor och rum för en fortsatt tät samverkan på både strategisk och operativ nivå.\nKommun och polis kommer att ha en särskild samverkansdag i december med kunskaps- och kompetenshöjande syfte.")],
            Heading = "Gemensam kapacitet och övergripande gemensam målbild",
            Summary = "Kommun och polis prioriterar arbetet utifrån samverkansöverenskommelsen och arbetar utifrån en gemensam målbild",
            Definition = "Kommun och polis prioriterar samarbetet utifrån samverkansöverenskommelsen och arbetar utifrån en gemensam målbild om ökad trygghet och ökad säkerhet för att skapa ett hållbart Upplands-Bro.\nKommun och polis har för avsikt att resurssätta arbetet inom överenskommelsen för att nå den gemensamma målbilden.\nUnder perioden ska samverkan förtätas och polisens personaltäthet öka.",
            GoalsAndPurpose = "Mål: Att Upplands-Bro kommun långsiktigt ska vara en trygg och socialt hållbar kommun där resurser möter behoven.\nAtt den brottsrelaterade otryggheten i kommunen ska minska och att kommuninvånarna ska känna trygghet.\nSyfte: Att kommun och polis tillsammans ska ha en gemensam kapacitet att möta utmaningar och behov i kommunen kopplat till brottsrelaterad otrygghet samt att kommun och polis ska arbeta utifrån en gemensam målbild. Den övergripande målbilden tecknas av denna överenskommelse i och med de samverkansområden som beskrivs.",
            Challenges = "En gemensam lägesbild ska syfta till att hantera utmaningar och utveckla gemensamma prioriteringar.",
            FollowUp = "Löpande regelbundna avstämningar, utsättningsmöten och lägesbildsmöten. Uppföljning av gemensamt uppsatta mål.",
            Commitments =
            [
                AreaCommitment.Municipality("Har ett resurssatt och samordnat brottsförebyggande arbete på flera nivåer med tydligt mandat i uppdragen kopplat till överenskommelsen."),
                AreaCommitment.Police("Verkar aktivt för att minska brottsligheten i kommunen utifrån överenskommelse och har en poliskapacitet som möter behoven utifrån rådande lägesbild."),
                AreaCommitment.Joint("Polis och kommun kommer överens om en gemensam övergripande målbild för arbetet."),
            ],
        },
        new CooperationArea(2, "Ett tryggt Upplands-Bro, inget utsatt område")
        {
            Section = "3",
            FollowUps = [YearEnd2020("Båda parter deltar regelbundet i BID Bro utveckling platssamverkan genom att kommunpolis, representant från kommunens Tekniska kontor samt enhetschef för Trygghets- och preventionsenheten är adjungerade medlemmar i styrelsen för Bro utveckling, samt i andra samverkansforum där BID Bro utveckling är en del (såsom Förebyggande rådet).\nPolis och kommun för dialog och samverkar med näringslivet ur ett trygghetsperspektiv.\nGenom det Förebyggande rådet samverkar kommun och polis kring frågor om social hållbarhet, bland annat genom den handlingsplan för ett socialt hållbart Bro som är under arbete.\nPolis och kommun har möten utifrån NOAs (Nationella Operativa Avdelningen) kriterier för gradering av utsatta områden och samarbetar både kring bedömning och att ringa in de områden dit vi behöver rikta insatser (tematiskt och geografiskt).")],
            Summary = "Samverkan för att motverka utanförskap och segregation. Platssamverkan genom partnerskap i Bro BID.",
            Definition = "Definitionen av ett utsatt område är ofta ett område med utbredd socioekonomisk problematik och segregation. Enligt polisens nationella avdelning (NOA) som kartlagt utsatta områden i Sverige är ett utsatt område en geografiskt avgränsad plats som karakteriserat av låg socioekonomisk status och kriminell påverkan på lokalsamhället. I Upplands-Bro Kommun är idag Finnsta definierat som ett utsatt område. Området innefattar hyresrättsområdet i både Finnsta och Råby. Kommunen och polisen ska genom aktiv samverkan tillse att utsatta områden inte förekommer inom Upplands-Bro.",
            GoalsAndPurpose = "Mål: Att Upplands-Bro kommun inte ska ha några utsatta områden. Att Bro Finnsta inte ska vara ett utsatt område. Syfte: Att genom främjande och förebyggande insatser i nära samverkan med polisen se till att alla områden i kommunen är socialt hållbara.",
            Challenges = "En gemensam strategi ska syfta till att hantera utmaningar och utveckla gemensamma prioriteringar.",
            FollowUp = "Löpande regelbundna avstämningar, utsättningsmöten och lägesbildsmöten. Uppföljning av gemensamt uppsatta mål.",
            Commitments =
            [
                AreaCommitment.Municipality("Arbetar aktivt för att minska och motverka segregation genom kommunövergripande insatser på flera nivåer."),
                AreaCommitment.Police("Polisen verkar aktivt för att motverka etablering av kriminella gäng i kommunen."),
                AreaCommitment.Police("Arbetar riktat för att förebygga rekrytering till gäng och andra destruktiva grupperingar."),
                AreaCommitment.Joint("Båda parter ingår i BID-samarbetet i Bro och arbetar ihop med bostadsbolag, näringsliv och civilsamhälle för att motverka utsatta bostadsområden och öka trivsel och trygghet i Bro."),
            ],
        },
        new CooperationArea(3, "Trygghet på offentlig plats")
        {
            Section = "4",
            Summary = "Tematiska områden; krogtillsyn, trygghetvandring, lägesbild och kamerabevakning.",
            Topics =
            [
                new CooperationArea(1, "Krog tillsyn")
                {
                    Section = "4.1",
                    FollowUps = [YearEnd2020("Kommunens tillsyns-/alkoholhandläggare har haft möten med polisen och genomför krog tillsyn december 2020.")],
                    Definition = "Strukturerat arbete i krogmiljö där polis och kommun gemensamt gör tillsyn i krogmiljö för att kontrollera att ansvarig förhåller sig till de regler som förväntas.",
                    GoalsAndPurpose = "Strukturerat arbete i krogmiljö med syfte att sänka berusningsgraden. Målet med arbetet är att därmed minska antalet våldsbrott.",
                    Challenges = "Berusningsgraden i krogmiljö har betydelse för hur många våldsbrott som begås där eller i närheten av krogen. Hög berusningsgrad ökar risken för våldsbrott. I alkohollagen stipuleras att den som är märkbart påverkad inte får serveras alkohol och denne får inte heller vistas i lokalen. För att kontrollera att krogar med serveringstillstånd sköter detta genomför kommun och polisen alkoholtillsyn i enligt med bestämmelserna i alkohollagen (2010:1622)",
                    FollowUp = "Protokoll över utförda krog tillsyner.",
                    Commitments =
                    [
                        AreaCommitment.Municipality("Kommunens alkoholhandläggare ansvarar för samverkan runt detta."),
                        AreaCommitment.Police("Lokalpolisen medverkar vid kontrollerna."),
                    ],
                    CommitmentNotes = ["Andra externa myndigheter, såsom räddningstjänst, skattemyndighet, tull eller länsstyrelse kan också inbjudas till medverkan."],
                },
                new CooperationArea(2, "Trygghetsvandring")
                {
                    Section = "4.2",
                    FollowUps = [YearEnd2020("Trygghetsvandringar genomförs en gång/år/kommundel och samordnas och arrangeras av Trygghets- och preventionsenheten.\nUnder våren 2020 har vandringar genomförts i Brunna och Bro, under hösten kommer en vandring att genomföras i Kungsängen. Vid vandringarna har bland annat kommun, polis, bostadsbolag, civilsamhälle och föreningar medverkat. Det har också genomförts en extra vandring med ungdomar i Bro.\nDessa vandringar har resulterat i flertalet åtgärder. I fortsatta trygghetsvandringar kommer uppföljningen av åtgärder att struktureras ytterligare.")],
                    Definition = "Trygghetsvandringar innebär att en grupp människor går igenom ett område och systematiskt inventerar det ur trygghetssynpunkt. Grundtanken är att de som bor och verkar i lokalsamhället har störst kännedom om det och att deras erfarenheter är viktiga att ta tillvara. Trygghetsvandringar är en metod för att få alla olika parter, boende och verksamma i området, att träffas tillsammans med en arrangör och samtala om hur området kan bli tryggare och mer trivsamt. Trygghetsvandringarna sker enligt BRÅ:s koncept.",
                    GoalsAndPurpose = "Syftet med trygghetsvandringen är ett ömsesidigt utbyte av tankar och synpunkter och en chans att sprida information och diskutera konstruktiva idéer mellan boende, kommun, polis och andra intressenter. Målet är att utifrån inkomna synpunkter identifiera åtgärder som bidrar till ökad trygghet på platsen.",
                    Challenges = "Vid en trygghetsvandring är det viktigt att se till att alla berörda i ett område involveras, exempelvis ur ett jämställdhetsperspektiv, barnperspektiv osv. Detta innebär krav på att den som samordnar vandringen är medveten om vilka som är med och vilka frågor som lyfts upp. Polismyndigheten har ett uttalat mål att ta in medborgarnas kunskap om vad de upplever som problem i sin kommun. Trygghetsvandringar, där lokalpolisen deltar, är ett sätt att ta in medborgarnas perspektiv. Kommun och polis prioriterar trygghetsvandringar i de områden som pekats ut som otrygga i medborgardialogerna under våren 2018.",
                    FollowUp = "Trygghetsvandringarna ska resultera i åtgärder som följs upp av det lokala förebyggande rådet.",
                    Commitments =
                    [
                        AreaCommitment.Municipality("Står som arrangör av trygghetsvandringen och bjuder in olika intressenter. För vidare synpunkter och förslag som rör kommunen. Genomför eventuella åtgärder inom kommunens ansvarsområde."),
                        AreaCommitment.Police("Närvarar under trygghetsvandringen och för vidare synpunkter och förslag som rör lokalpolisen. Genomför eventuella åtgärder inom lokalpolisens ansvarsområde."),
                    ],
                },
                new CooperationArea(3, "Lägesbild")
                {
                    Section = "4.3",
                    FollowUps = [YearEnd2020("Polisen sammankallar till och leder ett lägesbildsmöte varannan vecka där en bred representation medverkar och delar lägesbild med varandra. Under Covid-19-pandemin ges möjlighet att delta i lägesbildsmöten genom Teams. Dessa möten är välbesökta och uppskattade av de deltagande aktörerna.\nNär man ser över samverkansformerna mellan polis och kommun kommer lägesbildsmöten att vara en del av den översyn man gör, för att eventuellt ersätta med möten kopplade till EST eller operativa samverkansforum.\nPolis och kommun har möten utifrån NOAs (Nationella Operativa Avdelningen) kriterier för gradering av utsatta områden och samarbetar både kring bedömning och att ringa in de områden dit vi behöver rikta insatser (tematiskt och geografiskt).")],
                    Definition = "Lokala regelbundna möten med fokus på viktiga händelser och tendenser i kommunen där aktörer som är viktiga för det trygghetsskapande arbetet i kommunen deltar och delger sina erfarenheter. Polisen och Upplands-Bro kommun skall årligen, utifrån NOA:s (Polisens Nationella Operativa Avdelning) framtagna modeller, tillsammans kartlägga kommunens lägesbild.",
                    GoalsAndPurpose = "Alla medverkande parter får i och med lägesbildsmötet en gemensam aktuell lägesbild för kommunen.",
                    Challenges = "Ett flertal aktörer i kommunen kan bidra med viktig information som bidrar till en bättre sammansatt lägesbild. Alla aktörer tjänar också på att ha en lägesbild som är vidare än det som ryms i det egna synfältet.\nInbjudna aktörer kommer från skola, fritidsverksamhet, fastighetsbolag, lokalt näringsliv, socialtjänst, räddningstjänst och kommunens fältpersonal/brobyggare. Fler aktörer bjuds vid behov.\nEn möjlighet är att lägesbildsmötena ersätts med tätare möten inom förebyggande rådet alternativt operativa samverkansforum.",
                    FollowUp = "Löpande. Återkommande frågeställning gällande hur samverkan har fungerat.",
                    Commitments =
                    [
                        AreaCommitment.Municipality("Deltar med berörd personal."),
                        AreaCommitment.Police("Bjuder in, håller i mötet och för även löpande mötesanteckningar som sedan distribueras till berörda parter."),
                    ],
                },
                new CooperationArea(4, "Kamerabevakning")
                {
                    Section = "4.4",
                    FollowUps = [YearEnd2020("Gällande den kamera som kommunen har tillstånd för (vid Bro centrum-parkering) genomförs grundläggande elarbeten för att tillse att denna kamera har fast eltillförsel och kan fungera dygnet runt. Polisen har sedan sommaren 2020 en kamera i Bro centrum som fortsatt kommer att sitta uppe. Kommun och polis för en löpande dialog kring behov av kamerabevakning i kommunen. Dialog förs kring kameratillstånd i Kungsängens centrum och polisen levererar underlag till kommunens ansökan till Datainspektionen. Vid behov får polis tillgång till det bildmaterial som kommunens bevakningskameror tagit upp.")],
                    Definition = "Kameror för bevakning på strategiska platser i kommunen.",
                    GoalsAndPurpose = "Syftet med kamerabevakningen är att motverka brott samt att underlätta utredning vid brott. Målet är att minska brottsligheten på utsatta platser samt att öka tryggheten.",
                    Challenges = "Vid kamerabevakning är det viktigt att regelverk följs och att en organisation för hantering och lagring av filmer upprättas.",
                    FollowUp = "Löpande avstämningar och vid behov.",
                    Commitments =
                    [
                        AreaCommitment.Municipality("Upprättar en organisation för hantering av kamerabevakning på strategiska platser och sätter upp kameror där kommunen har tillstånd."),
                        AreaCommitment.Joint("Kommun och polis för en löpande dialog kring behov av kamerabevakning i kommunen."),
                        AreaCommitment.Joint("Polis och kommun samverkar kring materialet för att underlätta identifiering och lagföring."),
                    ],
                },
            ],
        },
        new CooperationArea(4, "Arbete med ungdomar i riskzon")
        {
            Section = "5",
            Summary = "Aktivt arbete för att upptäcka tidigare okända narkotikamissbrukare. Samtal med föräldrar till ungdomar i riskzon. Social insatsgrupp med samverkan på individnivå. Samverkan mellan skola och polis.",
            Topics =
            [
                new CooperationArea(1, "Aktivt arbete för att upptäcka tidigare okända narkotikamissbrukare")
                {
                    Section = "5.1",
                    FollowUps = [YearEnd2020("Informationsinflödet till polisen om unga som misstänks bruka narkotika är svagt. Arbetet med hembesök har inte prioriterats när det gäller just misstanke om narkotikabruk, dock har flertalet orossamtal i hemmet med unga i riskzon genomförts.")],
                    Definition = "Vid information om att en ungdom under 18 år missbrukar narkotika kan polis och socialtjänst göra hembesök för att vidare utröna omständigheterna och vidta adekvata åtgärder.",
                    GoalsAndPurpose = "Upptäcka narkotikamissbruk i ett tidigt skede för att avbryta en negativ utveckling för den unge.",
                    Challenges = "Ungdomars narkotikaanvändning är angelägen att upptäcka och avbryta, då det finns risk för fortsatt missbruk och mer allvarlig kriminalitet.",
                    FollowUp = "Löpande. Återkommande frågeställning gällande hur samverkan har fungerat samt hur många samtal och hembesök som har genomförts.",
                    Commitments =
                    [
                        AreaCommitment.Municipality("Relevanta aktörer inom socialtjänsten deltar."),
                        AreaCommitment.Police("Lokalpolisen tar vanligen initiativ till hembesöket och planerar och genomför det."),
                    ],
                },
                new CooperationArea(2, "Samtal med föräldrar till ungdomar i riskzon")
                {
                    Section = "5.2",
                    FollowUps = [YearEnd2020("Orossamtal med föräldrar till ungdomar i riskzon sker skyndsamt och gemensamt av lokalpolisen och socialtjänsten. Detta prioriterades under sommaren till följd av en stor social oro i Bro, och polis och socialtjänst genomförde flera hembesök/orossamtal, framförallt i Bro.\nFlera av de ungdomar som orossamtal hållits med är redan aktuella hos socialtjänst och kända av polis. På så vis erbjuds de redan stöd från socialtjänsten i olika former, vilket vissa önskar och andra inte.\nSocialtjänsten upplever att samverkan med Polisen fungerat mycket bra. Orossamtal som riktar sig till yngre förstagångsförbrytare kan ha god effekt och polis och socialtjänst är överens om att för denna målgrupp ska orossamtal fortsätta ske.\nFlera orossamtal var planerade under våren men ställdes in på grund av Covid-19 och polisens beslut att i dåläget inte göra hembesök.")],
                    Definition = "Orossamtal med föräldrar till ungdomar i riskzonen sker skyndsamt och gemensamt av lokalpolisen och socialtjänsten. Detta riktar sig till föräldrar till ungdomar som uppvisar tendenser till att vara på väg in i missbruk eller annan kriminalitet och som därmed riskerar att allvarligt påverka dennes utveckling. Metoden kan även användas för ungdomar under 15 år där socialtjänsten inte begär LUL-utredning (lagen om unga lagöverträdare) inom ramen för socialtjänstens förhandsbedömning.",
                    GoalsAndPurpose = "Föräldrar ska få tidiga signaler om att deras barns utveckling riskerar att föra dem in i kriminalitet och/eller missbruk.",
                    Challenges = "Operativ polispersonal får kontinuerligt kännedom om vad som händer i lokalsamhället. En del av den information och de tips som förs fram berör ungdomar som är på väg in i en negativ livsstil. För att informera och hjälpa ungdomarnas föräldrar används orossamtal, där just samhällets oro för den unges utveckling framförs samtidigt som stöd och hjälp erbjuds.",
                    FollowUp = "Löpande. Återkommande frågeställning gällande hur samverkan har fungerat.",
                    Commitments =
                    [
                        AreaCommitment.Joint("Både lokalpolisen och socialtjänsten ansvarar för att initiera samtalen."),
                    ],
                },
                new CooperationArea(3, "Social insatsgrupp – samverkan på individnivå")
                {
                    Section = "5.3",
                    FollowUps = [YearEnd2020("SIG pågår 2020 och har haft sex inskrivna klienter. Av dessa har en avslutats som uppfyllt alla sina mål och fått heltidsjobb. En annan har flyttats till en annan kommun p.g.a hotbild och där påbörjat praktik och körkortsutbildning.\nMålgruppen har förskjutits till vuxna/unga vuxna då behovet har bedömts vara större där av den person som arbetar som SIG-lots.")],
                    Definition = "En strukturerad samverkansform på lokal nivå med föräldrar, socialtjänst, polis, skola och andra viktiga aktörer som individriktat samverkar för att stödja den unge upp till 18år att upphöra med kriminella handlingar. Social insatsgrupp ska även finnas för den äldre målgruppen 18-29år som befinner sig i kriminella strukturer och som vill lämna dessa. I regeringens 34-punktsprogram finns en punkt som handlar om införande av ett nationellt avhoppprogram. På lokal nivå är SIG 18- 29 just en avhoppverksamhet där hotbilden mot aktuell individ är låg.",
                    GoalsAndPurpose = "Målet är att i samverkan stödja ungdomar och unga vuxna som befinner sig i destruktiva miljöer genom insatser som möjliggör att de kan lämna dessa.",
                    Challenges = "Socialt utsatta ungdomar som lever i riskmiljöer behöver stöd för att kunna bryta en negativ utveckling. Utifrån detta har arbetsmetoder formats, där flera viktiga aktörer runt den unge samlas och jobbar gemensamt för att få till stånd en positiv utveckling i den unges liv. Medverkande är främst föräldrar, socialtjänst, polis och skola, men även andra aktörer som bedöms kunna vara positiva inslag i den unges liv kan medverka. Samtycke krävs och sekretessen lyfts i arbetet så långt det går.",
                    Commitments =
                    [
                        AreaCommitment.Municipality("Kommunens socialtjänst är sammankallande."),
                        AreaCommitment.Police("Lokalpolisen deltar i det löpande arbetet och i träffar med aktuella individer."),
                        AreaCommitment.Joint("Beslut om vilka individer som kan vara aktuella tas gemensamt."),
                    ],
                },
                new CooperationArea(4, "Samverkan mellan skola och polis")
                {
                    Section = "5.4",
                    FollowUps = [YearEnd2020("Ungdomssamverkansmöten på UBG pågick kontinuerligt under vårterminen och polis är en återkommande deltagande part. Under höstterminen har en ny rektor tillträtt som ser över denna samverkansform, hur den fortsatt ska formas och vilka som ska delta. Kommun och polis ser också över att skapa nya samverkansformer med start våren 2021 där man bland annat ska samarbeta på operativ nivå i alla kommundelar, även gällande barn och unga i grundskolan. Polisen har erbjudits att delta i högstadieskolornas och gymnasieskolans föräldramöten på de skolor som arrangerat föräldramöten i höst. De möten som ägt rum har skett digitalt. Polis upplever sig ha god tillgång till skolornas kommunikationskanaler. Under 2020 har också polis och kommun tillsammans gått ut med viss kommunikation i skolornas kanaler för att nå vårdnadshavare och elever med viktiga budskap.")],
                    GoalsAndPurpose = "Genom samverkansformer skapa förutsättningar för ett effektivt brottsförebyggande och trygghetsskapande arbete med fokus på ungdomar.",
                    Challenges = "Ungdomar som är i riskzon för destruktiv livsutveckling och kriminell verksamhet börjar generellt sin bana på allvar i högstadieålder. Det är därför av vikt att skola och polis har fungerande samverkansformer där händelser, trender och individer kan diskuteras så långt det är möjligt inom ramen för sekretesslagstiftningen. Det ger båda parter goda möjligheter för att tidigt kunna uppmärksamma individer och trender som behöver hanteras inom ramen för den egna verksamheten.",
                    FollowUp = "Löpande avstämningar kring hur nätverksmötena fungerar. Löpande avstämningar mellan rektor och lokalpolis kring hur medverkan på föräldramöten fungerar.",
                    Commitments =
                    [
                        AreaCommitment.Municipality("Upplands-Bro gymnasium kallar till och ansvarar för nätverksmöten var sjätte vecka i syfte att skola, polis och ungdomsstödjare kan diskutera individer, trender och händelser som berör skolan. Fler aktörer kan tillkomma vid behov."),
                        AreaCommitment.Municipality("Kommunens högstadieskolor ska erbjuda lokalpolisen möjlighet att delta vid föräldramöten, främst i årskurs åtta och nio, i syfte att möta föräldragruppen för att informera om problematik som främst kan beröra tonåringar och deras föräldrar."),
                        AreaCommitment.Joint("Polis och skola ska arbeta aktivt och gemensamt med att förebygga hantering och narkotikabruk bland skolelever."),
                        AreaCommitment.Municipality("Polisen ska utöver föräldramöten kunna ges möjlighet att informera föräldrar via kommunens kommunikationskanaler. Polisen ska i så fall kontakta Utbildningskontoret som ansvarar för informationens utformning och spridning."),
                        AreaCommitment.Police("Medverkar i nätverksmöten på UBG."),
                        AreaCommitment.Police("Informerar föräldragrupper i årskurs åtta och nio i samband med föräldramöten."),
                    ],
                },
            ],
        },
        new CooperationArea(5, "Inbrott i bostad")
        {
            Section = "6",
            Summary = "Stärkt grannsamverkan och grannstöd.",
            Topics =
            [
                new CooperationArea(1, "Grannsamverkan")
                {
                    Section = "6.1",
                    FollowUps = [YearEnd2020("Fokus under början av året har varit att uppdatera alla register över Grannsamverkansområden och kontaktpersoner, med medgivande enligt GDPR.\nKommun och polis genomför alla åtaganden som finns listade i åtgärdsplanen inom området.")],
                    Definition = "Grannsamverkan har blivit ett samlingsnamn för åtgärder som innebär att de boende i ett område bildar ett brottsförebyggande nätverk. Grannsamverkan i Sverige drivs av Samverkan mot brott. Bakom Samverkan mot brott står lokalpolisen, försäkringsbolagen samt flera intresseföreningar. Huvudman för Grannsamverkan är SSF Stöldskyddsföreningen. För att området ska få använda Grannsamverkansskylten och övrigt material från Samverkan mot brott ska verksamheten/samverkan uppfylla följande krav:\nLokalpolisen ska ha tydlig roll i samverkansarbetet.\nMöten ska anordnas löpande med inblandade aktörer och boende för att se till att hålla verksamheten levande\nInformation till boende om brottsutveckling etc. ska tillhandahållas via polis/kommun regelbundet.\nUtbildningen ska, utöver information om hur Grannsamverkan fungerar, också innehålla brottsförebyggande information till den enskilde.",
                    GoalsAndPurpose = "Målet är att minska brottsligheten och öka tryggheten och därmed också trivseln i bostadsområden. Syftet med grannsamverkan är att göra bostadsområden mindre attraktiva för brottslig verksamhet genom ökad uppmärksamhet från de boende i området samt kunskap om hur man skyddar sig, vilket avskräcker och försvårar för tjuven.",
                    Challenges = "Att engagera de boende samt fastighetsägarna och i förekommande fall hyresgästföreningar i flerfamiljshusområden i konceptet Grannsamverkan.",
                    FollowUp = "Uppföljning av Grannsamverkan sker i styrgruppen.",
                    Commitments =
                    [
                        AreaCommitment.Municipality("Informerar vid uppstart och återstart områden om innebörden och grunderna i grannsamverkan samt tar emot och registrerar området och medgivande enligt GDPR."),
                        AreaCommitment.Municipality("Skickar bekräftelsemail och vidarebefordrar kontaktuppgifterna till lokalpolisen."),
                        AreaCommitment.Municipality("Ansvarar att enskilt eller gemensamt med lokalpolisen att skicka information till grannsamverkan via kontaktpersonerna."),
                        AreaCommitment.Municipality("Tillhandahåller material via kommunens kundcenter och via grannstödsbilen."),
                        AreaCommitment.Municipality("Deltar vid behov vid informationsmöten."),
                        AreaCommitment.Municipality("Deltar två gånger per år vid bovärdsmöten med områdeschefer och bovärdar för flerfamiljhusmedverkan i Grannsamverkan."),
                        AreaCommitment.Municipality("Samverkar med lokalpolisen en gång per år vid träff med kontaktpersonerna."),
                        AreaCommitment.Police("Ansvara i samverkan med kommunen, för att på eget eller boendes initiativ genomföra utbildning för kontaktombuden."),
                        AreaCommitment.Police("Utan onödigt dröjsmål beställa Grannsamverkanmaterial till aktiva områden från SSF Stöldskyddsföreningen."),
                        AreaCommitment.Police("Verksamheten ska ha kommit igång innan skyltar levereras till området."),
                        AreaCommitment.Police("Ansvara för att själva eller i kommunens regi hålla och löpande uppdaterad förteckning över kontaktombuden med kontaktuppgifter."),
                        AreaCommitment.Police("Informera kontaktombuden kontinuerligt och direkt vid ökad brottsaktivitet, samt lämna lokal brottsstatistik. Informationen ska kunna vidarebefordras till boende av kontaktombuden."),
                        AreaCommitment.Police("Att tillhandahålla möjlighet för de boende att märka sina ägodelar och se till att kontaktombuden får denna information för vidarebefordran till boende."),
                        AreaCommitment.Police("Att en gång per år i samverkan med kommunen samla kontaktombud för att diskutera samarbetet och informera om inbrottsskydd."),
                        AreaCommitment.Police("Till möten inom ramen för Grannsamverkan bör förutom de boende även kommunen och i förekommande fall fastighetsägare bjudas in. Polisen leder mötet och kan ta hjälp av kommunen i detta arbete."),
                    ],
                },
                new CooperationArea(2, "Grannstöd")
                {
                    Section = "6.2",
                    FollowUps = [YearEnd2020("Grannstödsförarna har kraftigt begränsats i sin möjlighet att bemanna grannstödsbilen under Covid-19-pandemin. Detta då en stor majoritet av förarna tillhör riskgrupp. Januari-mars fungerade arbetet som vanligt. Vissa förare har kunnat bemanna vissa pass under höst 2020 men utifrån rådande rekommendationer med avsikt att begränsa antal sociala kontakter med andra än de man i vanliga fall umgås och lever med står Grannstödsbilen nu stilla.\nKommun och polis uppfyller sina respektive åtaganden även om arbetet till viss del varit vilande under pandemin.")],
                    Definition = "Grannstöd har funnits i Stockholms län i många år och är ett komplement till Grannsamverkan mot brott. Verksamheten bygger på att frivilliga deltagare under ledning av lokal polis patrullerar bostadsområden huvudsakligen under vardagar på dagtid. Verksamheten kan bedrivas både genom fotpatrullering och med hjälp av bil. I Upplands-Bro finns en grannstödsbil som bemannas av utbildade volontärer. Grannstödsbilen är verksam i brottsdrabbade områden i kommunen under devisen observera - rapportera – åtgärda.",
                    GoalsAndPurpose = "Syftet med samverkan kring grannstödsbilen är att både polis och kommun ger bästa möjliga förutsättningar – genom utbildning och information – för grannstödsförarna att utföra sitt uppdrag. Målet med samverkan är att minska antalet inbrott samt kvalitetssäkra Grannsamverkan mot brott, och på så vis även höja tryggheten.",
                    Challenges = "Inbrotten är inte statiska i förhållande till plats, tid och tillvägagångssätt, vilket medför att arbetet måste vara brett. Aktuell och korrekt information till förarna är en prioritet.",
                    FollowUp = "Uppföljning av grannstödsbilen sker i styrgruppen för grannstöd, som består av polis, kommun, Upplands-Brohus samt villaägarrepresentation.",
                    Commitments =
                    [
                        AreaCommitment.Municipality("Rekrytera grannstödsförare. Ansvara för förarutbildningar. Administrera gemensamt register för förare. Ansvara för styrgruppsmöten. Kommunen står för kostnader för lokal och förtäring i samband med information/utbildning och styrgruppsmöten."),
                        AreaCommitment.Police("Informera grannstödsförarna via nyhetsbrev, som distribueras av kommunen. Löpande information till grannstödsförarna. Beställa och distribuera material från SSF. Medverka i förarutbildningar. Medverka vid styrgruppsmöten."),
                    ],
                },
            ],
        },
        new CooperationArea(6, "Våldsbejakande extremism")
        {
            Section = "7",
            FollowUps = [YearEnd2020("Konsultationsforum för våldsbejakande extremism har varit vilande men startade igen i september 2020, sammankallat av Trygghets- och preventionssamordnare. Forumet kommer att sammanträda halvårsvis samt vid behov.\nDäremellansammanfattar trygghets- och preventionssamordnare ett ”nyhetsmail” och delar med konsultationsforumet, baserat på omvärldsbevakning i frågan våldsbejakande extremism.\nUnderrättelser gällande eventuella aktuella individer eller grupper lämnas kontinuerligt från kommunpolis till kommunens säkerhetschef. Vid behov/oro kan polisen konsulteras.\nEn revidering av kommunens handlingsplan mot våldsbejakande extremism (2016) har påbörjats hösten 2020, beslutat av Trygghetsutskottet.")],
            Summary = "Omfattar konsultationsforum.",
            Definition = "Forumet är ett specialiststöd för kommunens olika verksamheter. Genom forumet är det möjligt för till exempel en lärare, kurator eller fritidsledare att begära vägledning i ärenden som berör våldsbejakande extremism. I konsultationsforumet sitter företrädare från olika delar av kommunen samt lokalpolisen.",
            GoalsAndPurpose = "Målet med konsultationsforumet är att både polis och kommun har tillräcklig kompetens och beredskap för att kunna ge råd i frågeställningar som rör våldsbejakande extremism. Syftet med konsultationsforumet är att hantera akuta frågor och agera som stöd vid signaler om våldsbejakande extremism.",
            Challenges = "Konsultationsforumet ska ta intryck av existerande metoder och modeller för att hantera radikaliserings samt följa omvärldsbevakningen på området på lokal, regional, nationell och internationell nivå.",
            FollowUp = "Avstämning vid ordinarie möten fortlöpande samt förebyggande rådet.",
            Commitments =
            [
                AreaCommitment.Municipality("Kommunens förebyggande enhet är ansvariga och sammankallande till konsultationsforumet."),
                AreaCommitment.Police("Närvarar vid konsultationsforumet och bidrar fortlöpande med underrättelser som berör grupperingar och individers involvering i våldsbejakande extremism lokalt."),
                AreaCommitment.Joint("Alla parter åtar sig att utbilda och kompetensutveckla sig på området."),
            ],
        },
        new CooperationArea(7, "Trygghetscenter")
        {
            Section = "8",
            FollowUps = [YearEnd2020("Trygghetscenter är i drift sedan februari 2020. Verksamheten begränsas av Covid-19. Detta har påverkat medborgarnas nyttjande av verksamheten, samt vissa aktörers närvaro på centret (såsom budget- och skuldrådgivare, överförmyndarkansli och Advokatjouren/juridisk rådgivning). Polisen har i mesta möjliga mån förlagt sin områdesverksamhet i Bro till Trygghetscenter. Lägesbildsmöten hålls också på centret varannan vecka. Kommunen har personal på plats i Trygghetscenter varje vardag och har så haft under hela pandemin. På kvällar och helger rör sig väktare och fältassistenter i lokalerna. Fältgruppen håller i utsättningsmöten för operativ personal och andra aktörer på centret varje fredags- och lördagskväll.\nI den mån den varit möjligt under rådande omständigheter används Trygghetscenter som bas för bland annat trygghetsvandringar och dialogkvällar.\nPolis och kommun hade planerat att under hösten genomföra medborgardialoger på Trygghetscenter kopplade till det medborgarlöfte man gemensamt ska formulera. Dessa dialoger är inställda till följd av Covid-19-pandemin. Polis och kommun ser över hur man kan genomföra dialog med medborgare på andra sätt.")],
            Summary = "Områdeskontorsverksamhet förläggs till trygghetscentret.",
            Definition = "Trygghetscenter är en samlad arbetsplats för kommunens samtliga trygghetsfunktioner centralt placerad lokalt i Bro. Även polis och räddningstjänst kan via ett Trygghetscenter förbättra samarbetet med kommunen och öka den lokala synligheten.",
            GoalsAndPurpose = "Syftet med ett Trygghetscenter är att samla alla kommunens trygghetsfunktioner och fältarbetare under ett och samma tak för att öka synlighet och tillgänglighet lokalt för medborgarna. Målet är att ett Trygghetscenter ska kunna öka tryggheten och säkerheten i kommunen samt bidra till att arbetet blir enklare och mer effektivt. Effekten av att ha olika funktioner samlade kan bli ett bredare perspektiv i arbetet där värdefull kunskaps- och informationsdelning kan bli bättre och där kompetensen ökar.",
            Challenges = "En gemensam lägesbild ska syfta till att hantera utmaningar och utveckla gemensamma prioriteringar.",
            FollowUp = "Löpande regelbundna avstämningar, utsättningsmöten och lägesbildsmöten. Uppföljning av gemensamt uppsatta mål.",
            Commitments =
            [
                AreaCommitment.Municipality("Kommunen driver Trygghetscentret och bemannar öppettiderna med personal som också har centret som arbetsplats och bas för trygghetsarbetet."),
                AreaCommitment.Police("Polisen förlägger sin områdeskontorsverksamhet i Trygghetscentret."),
            ],
        },
        new CooperationArea(8, "Vapen och dödligt våld")
        {
            Section = "9",
            Summary = "Strategi för att motverka vapeninnehav i kommunen samt strategi för att motverka dödligt våld.",
            Topics =
            [
                new CooperationArea(1, "Strategi för att motverka vapeninnehav")
                {
                    Section = "9.1",
                    FollowUps = [YearEnd2020("Polisen arbetar aktivt med frågan, och delar relevant information med berörda inom kommunen (Trygghets- och preventionsenheten är ingång för generell information). Polisen ger en lägesbild samt information om hur det polisiära arbetet ser ut. Kommunen vidarebefordrar information kring vad man hör och ser till polis, och delar sin lägesbild i en aktiv dialog. Detta omfattar bland annat kommunens uppsökande personal, exempelvis i form av fältassistenter och väktare, och personal som arbetar nära ungdomar och unga vuxna såsom fritidsledare.")],
                    Definition = "Olovligt vapeninnehav bland civila i kommunen ska aktivt motverkas. Tillsammans ska polis och kommun hitta en strategisk samverkan som bidrar till ökat beslagtag av illegala vapen som figurerar i kommunen.",
                    GoalsAndPurpose = "Mål: Att Upplands-Bro kommun långsiktigt ska vara en kommun fri från olovligt vapeninnehav. Syfte: Genom gemensamt strategiskt arbete mellan polis och kommun försvåra för kriminella att inneha vapen i kommunen.",
                    Challenges = "En gemensam strategi ska syfta till att hantera utmaningar och utveckla gemensamma prioriteringar.",
                    FollowUp = "Löpande regelbundna avstämningar mellan polis och kommun kring frågan om olovligt vapeninnehav och aktiva åtgärder.",
                    Commitments =
                    [
                        AreaCommitment.Joint("Hitta en gemensam strategi för hur olovliga vapen i kommunen ska motverkas."),
                    ],
                },
                new CooperationArea(2, "Strategi för att motverka dödligt våld")
                {
                    Section = "9.2",
                    FollowUps = [YearEnd2020("Polisen arbetar aktivt med frågan, och delar relevant information med berörda inom kommunen (Trygghets- och preventionsenheten är ingång för generell information). Polisen ger en uppdaterad lägesbild samt information om hur det polisiära arbetet ser ut.\nPolisen kommer att erbjuda utbildning kring PDV – Pågående Dödligt Våld, till skolpersonal (med start på gymnasieskola och högstadieskolor). Denna omfattar bland annat vad kan skolan ha för rutiner för att hantera pågående dödligt våld.\nPolis och kommun deltar i en samverkansgrupp gällande våld i nära relation och hedersrelaterat våld och förtryck, som startat våren 2020. Denna grupp sammankallas av samordnare för våldsprevention, Enheten för trygghet och prevention. I gruppen samverkar kommunens kontor, polis, Upplands-Brohus, kvinnojouren Anna, regionen i form av BVC, MVC med flera.\nMetoden Huskurage (metod för att förebygga och förhindra\nvåld i nära relation – våld i hemmet) ses över för start 2021. Beslut sker i Upplands-Brohus styrelse i december 2020. Där samarbetar bostadsbolag, kommun och polis i förberedelse och implementering.\nKommunen undersöker möjligheten till att arbeta enligt våldsförebyggande program eller metod på förskola eller i skola, med polisen som medaktör.")],
                    Definition = "Alla former av dödligt våld ska aktivt motverkas i kommunen. Särskilt prioritet är att få stopp på det dödliga våldet bland barn och unga samt unga vuxna till följd av skjutningar.",
                    GoalsAndPurpose = "Mål: Upplands-Bro kommun långsiktigt ska vara en kommun fritt från dödligt våld. Kommuninvånare ska kunna känna sig säkra och trygga ifrån att utsättas för dödligt våld. Syfte: Att kommun och polis aktivt samverkar för att motverka det dödliga våldet. Samverkan kan ske på flera nivåer i kommunen utifrån en gemensam strategi.",
                    Challenges = "En gemensam strategi ska syfta till att hantera utmaningar och utveckla gemensamma prioriteringar.",
                    FollowUp = "Löpande regelbundna avstämningar mellan polis och kommun kring frågan om olovligt vapeninnehav och aktiva åtgärder.",
                    Commitments =
                    [
                        AreaCommitment.Joint("Hitta en gemensam strategi för hur det dödliga våldet i kommunen ska motverkas."),
                    ],
                },
            ],
        },
        new CooperationArea(9, "Insatser mot droghandel och öppna drogscener")
        {
            Section = "10",
            FollowUps = [YearEnd2020("Att arbeta mot droganvändning är också att arbeta mot droghandel.\nDen kartläggning vi genomför idag och planerar att genomföra baseras bland annat på brottsstatistik, information insamlad i Embrace om misstänkt droghandel, otrygga platser etc., Stockholmsenkäten (som genomförs vartannat år i åk 9 och 2 på gymnasiet) samt eventuella medborgardialoger.\nVi möter information om tecken på droganvändning eller droghandel med exempelvis ökad väktarnärvaro, uppsökande arbete på platsen av fältassistenter, och ser tillsammans (polis, kommun, bostadsbolag) över hur vi kan bygga bort otrygga platser socialt och situationellt. Vid information på individnivå samverkar polis och socialtjänst.\nKommunens roll är bland annat att vidarebefordra information om vad man hör och ser till polis.\nPolisen erbjuder information/utbildning kring tecken på narkotikaanvändning och droghandel till relevant personal, detta kan exempelvis vara skol- och fritidsgårdspersonal.\nEn föreläsning angående alkohol och narkotika bland unga riktad till föräldrar/viktiga vuxna genomförs av kommun och polis.\nPolisen arbetar aktivt med frågan, och delar relevant information med berörda inom kommunen (Trygghets- och preventionsenheten är ingång för generell information). Polisen ger en lägesbild samt information om hur det polisiära arbetet ser ut.\nKommunen ska formulera en ANDT(S)-strategi eller handlingsplan. Denna process samordnas av Trygghets- och preventionsenheten under 2021.")],
            Summary = "Strategi för att motverka droghandel och öppna drogscener i kommunen",
            Definition = "Droghandel som sker öppet eller dolt i kommunen ska aktivt motverkas och bekämpas. Öppna drogscener där bruk och försäljning av narkotika ser offentligt och uppfattas som problematiskt av allmänhet ska aktivt motverkas och bekämpas.",
            GoalsAndPurpose = "Mål: Att Upplands-Bro kommun inte ska ha några öppna drogscener. Att droghandeln aktivt ska motverkas och bekämpas. Syfte: Genom gemensamt strategiskt arbete mellan polis och kommun störa droghandel och försvåra etableringen av öppna drogscener i kommunen. Polisen i samarbete med kommunen ska se till att de som säljer droger lagförs och att droger ska beslagtas. Kommunen i samarbete med polisen ska aktivt arbeta med insatser för att förebygga att barn och unga ger sig in i droghandel.",
            Challenges = "En gemensam strategi ska syfta till att hantera utmaningar och utveckla gemensamma prioriteringar. Effekt av insatserna ska mätas genom aktiv kartläggning av droghandeln i kommunen.",
            FollowUp = "Löpande regelbundna avstämningar mellan polis och kommun kring hur insatser för att minska och motverka droghandel ger effekt.",
            Commitments =
            [
                AreaCommitment.Joint("Hitta en gemensam strategi för hur droghandeln ska minskas och motverkas i kommunen samt aktivt verka för att inga öppna drogscener ska finnas i kommunen."),
            ],
        },
        new CooperationArea(10, "Insatser mot gängkriminalitet och organiserad brottslighet")
        {
            Section = "11",
            FollowUps = [YearEnd2020("Att arbeta brottsförebyggande är också att arbeta mot gängkriminalitet och organiserad brottslighet.\nEnheten för Trygghet och prevention och polisen ser under hösten 2020 över möjligheten att under 2021 arbeta med MBU (Människan Bakom Uniformen), PAR (Polis, Ambulans, Räddningstjänst) eller liknande lokal variant av metod för att stärka banden och skapa tillit mellan unga och samhällsfunktioner som myndigheter/uniformsyrken.\nPolis och kommun utvecklar sin samverkan för att bland förhindra att barn och unga dras in i kriminalitet. Under hösten utvärderas de samverkansforum som finns idag och utvecklas, ersätts eller kompletteras. En del av den samverkan som planeras kommer att ha en operativ lokal inriktning.\nPolis och kommun arbetar gemensamt i en styrgrupp för SIG, Social Insatsgrupp. Polisen har under hösten utsett en local avhopparsamordnare inom LoPo Järfälla Upplands-Bro.\nDet sker löpande regelbundna avstämningar mellan polis och kommun/socialtjänst kring individer i riskmiljö – där man genomför samtal efter samtycke, och eventuella gemensamma orossamtal.\nPolisen arbetar aktivt med frågan, och delar relevant information med berörda inom kommunen (Trygghets- och preventionsenheten är ingång för generell information). Polisen ger en lägesbild samt information om hur det polisiära arbetet ser ut.\nKommunens roll är bland annat att vidarebefordra information om vad man hör och ser till polis. Barnperspektiv")],
            Summary = "Strategi för att motverka gängkriminalitet och organiserad brottslighet i kommunen",
            Definition = "Kriminalitet som utförs av gäng ska aktivt motverkas och bekämpas i Upplands-Bro kommun. Etablering av och rekrytering till kriminella gäng ska aktivt motverkas. Även organiserad brottslighet som utförs av någon form av kriminell grupp som begår brott ska motverkas och bekämpas i kommunen.",
            GoalsAndPurpose = "Mål: Att Upplands-Bro kommun långsiktigt inte ska ha någon gängkriminalitet i kommunen samt att organiserad brottslighet inte ska vara etablerat i Upplands-Bro kommun. Syfte: Genom gemensamt strategiskt arbete mellan polis och kommun försvåra för kriminella gäng att etablera sig i kommunen samt att rekrytering till gäng inte ska förekomma.",
            Challenges = "En gemensam strategi ska syfta till att hantera utmaningar och utveckla gemensamma prioriteringar i arbetet.",
            FollowUp = "Löpande regelbundna avstämningar mellan polis och kommun kring individer i riskmiljö samt kring övergripande insatser som bidrar till att störa gängkriminalitet och organiserad brottslighet.",
            Commitments =
            [
                AreaCommitment.Joint("Hitta en gemensam strategi för hur rekrytering till kriminella gäng och nätverk ska stävjas i kommunen."),
                AreaCommitment.Joint("Hitta operativa samverkansmöjligheter för att förhindra att barn och unga i riskmiljö dras in i kriminalitet, kriminella nätverk och gängkriminalitet."),
                AreaCommitment.Joint("Genom aktiv brottsbekämpning via polis och brottsförebyggande insatser på flera nivåer stävja organiserad brottslighet."),
            ],
        },
    ];

    private static EquatableArray<CooperationArea> Areas2022() =>
    [
        new CooperationArea(1, "Inget utsatt område i Upplands-Bro") { Definition = "Kommunen och polisen ska genom aktiv samverkan tillse att utsatta områden inte förekommer inom Upplands-Bro. Enligt polisens Nationella Operativa Avdelning (NOA) som kartlagt utsatta områden i Sverige är ett utsatt område en geografiskt avgränsad plats som karakteriserat av låg socioekonomisk status och kriminell påverkan på lokalsamhället. I Upplands-Bro kommun är Finnsta/Råby definierat som ett utsatt område sedan första rapporten 2014/2015 (dock i första rapporten omnämnt som enbart \"Finnsta\").\nFör att arbeta mot utsatta områden krävs bland annat ett kraftfullt arbete som tar sikte mot nätverkskriminalitet och annan kriminalitet, narkotikahandling (försäljning och missbruk), vapen, våld och dödligt våld." },
        new CooperationArea(2, "Våld") { Definition = "Alla har rätt att leva fria från våld eller hot om våld. Kommun och polis arbetar våldspreventivt utifrån flertalet perspektiv, såsom våld mot barn, våld i nära relationer, hedersrelaterat våld och förtryck, våldsbejakande extremism och våld mellan unga. I Upplands-Bro är våld i nära relationer ett särskilt identifierat problem bland annat genom andel orosanmälningar till socialtjänstens Barn- och ungdomsenhet och i form av polisiära kvinnofridsärenden och brott i nära relation." },
        new CooperationArea(3, "Trygga offentliga miljöer") { Definition = "Upplevd trygghet är en grundläggande förutsättning för viljan att vistas i offentliga rum. De offentliga rummen ska vara tillgängliga för alla att vistas i oavsett kön, sexuell läggning, ålder, religiös eller etnisk tillhörighet. I samhällsplaneringen är det viktigt att bidra till att förebygga brott och främja trygghet i offentliga rum och i människors närmiljöer." },
        new CooperationArea(4, "Ungdomar i riskzon") { Definition = "Ett preventivt arbete riktas ofta till barn och unga, då insatser till denna målgrupp enligt forskning har störst effekt, och kallas \"tidiga insatser\". För att identifiera unga i riskzon och arbeta för att förebygga att unga inleder och/eller fortsätter en socialt avvikande bana i form av exempelvis kriminalitet eller missbruk, är fokusområde Ungdomar i riskzon av största vikt." },
    ];

    private static EquatableArray<Measure> Measures2022() =>
    [
        new Measure(1, MeasureNumber.Parse("1:1"), "Under de två år som Samverkansöverenskommelsen löper kommer en kommunal ANDTS-handlingsplan (Alkohol, Narkotika, Dopning, Tobak, Spel) att skrivas fram där polisen är en viktig samverkanspartner utifrån stora delar av det arbete som avses genomföras inom det ANDTS-förebyggande arbetet. Inom ramen för ANDTS-strategin kommer, kopplat till både den kommande nationella och regionala handlingsplanen, ett särskilt fokus ligga på ett drogpreventivt arbete för att undvika att unga fastnar i ett risk- och missbruk som kan leda till kriminella handlingar.")
        {
            Responsible = Both,
            Period = "Under de två år som Samverkansöverenskommelsen löper",
            FollowUps = [HalfYear2022("Sedan mars 2022 har Trygghet och Prevention en Folkhälsosamordnare vars fokus bland annat kommer att vara ANDTS. Arbetet med handlingsplanen pågår och leds av Folkhälsosamordnare.")],
        },
        new Measure(1, MeasureNumber.Parse("1:2"), "För att motverka nyrekrytering har kommunen påbörjat ett arbete med lovverksamhet för 8-12-åringar i Bro, där man skapar ett uppsökande arbete, en meningsfull fritid och en arena där barn kan knyta kontakter och relationer och där personal kan fånga upp oros signaler och agera därefter. Samverkan tillsammans med polisen i ovan nämnda initiativ sker genom att kommunpolisen deltar i olika evenemang för att skapa en relation till de unga och finnas tillgänglig för att svara på frågor.")
        {
            Responsible = Both,
            FollowUps = [HalfYear2022("Lovverksamhet för målgruppen har varit i lokalen i Korpstigen 25, vecka 25-33.\nVerksamheten var mycket välbesökt och återkommer till höst- och jullov.\nInga planerade aktiviteter tillsammans med polisen men överenskommelse att vid behov initiera samverkan, exempelvis vid oro för barn som besöker verksamheten.")],
        },
        new Measure(1, MeasureNumber.Parse("1:3"), "Ett annat brottsförebyggande kommunalt projekt är 'Unga och samhällstillit' som med start hösten 2021 avser att arbeta fram en modell som genom ökad delaktighet, ökat inflytande och därmed ökad tillit till samhälle och myndigheter, stärker våra unga att välja en väg som inte kantas av exempelvis misstro till samhället, kriminalitet och våld. Polisen kommer att vara delaktiga till en början i projektgruppen och senare som en aktör i den modell som arbetas fram.")
        {
            Responsible = Both,
            Period = "med start hösten 2021",
            FollowUps = [HalfYear2022("Projektet förtöper och samverkan fungerar bra. En sammanställning av metoden beräknas vara klart under hösten 2022.")],
        },
        new Measure(1, MeasureNumber.Parse("1:4"), "Upplands-Bro kommun har i tät samverkan med polisen avtalat möjlighet, inom ramen för avhopparverksamhet för vuxna, att placera och hantera avhoppare från kriminella nätverk, efter en gemensam bedömning med polis gällande hotbild och risk, där målgruppen är individer över arton år som visar en ambition och en vilja att lämna ett kriminellt leverne och då ska kunnas erbjudas hjälp med detta.")
        {
            Responsible = Both,
            FollowUps = [HalfYear2022("Detta löper på och fungerar väl, med ett par individer som tagit del av insatsen.\nImplementering av GVI (Group Violence Intervention) är pågående. Polisen har sedan årsskiftet en särskilt utsedd kontaktperson för GVI och avhopparverksamheten. Upplands-Bro har en projektledare samt deltar i styrgrupp och tillsätter under hösten även koordinatörer i berörda kontor.")],
        },
        new Measure(1, MeasureNumber.Parse("1:5"), "Genom Bro utveckling platssamverkan samordnas och genomförs återkommande brottsförebyggande och brottsbekämpande åtgärder i centrala Bro med start 2021. Polis och kommun deltar i Bro utveckling platssamverkan, bland annat som adjungerade i styrelsen.")
        {
            Responsible = Both,
            Period = "med start 2021",
            FollowUps = [HalfYear2022("Bro utveckling platssamverkan har startat en särskild trygghetsgrupp där kommun och polis deltar. Genom Bro utveckling har diverse insatser har genomförts, bland annat trygghetsbesiktningar, narkotikasök med hund i området Fjärilsstigen samt information till bovärdar kring narkotika - vad en kan vara uppmärksam och hur en ska agera vid diverse fynd.")],
        },
        new Measure(1, MeasureNumber.Parse("1:6"), "En kraftsamling sker på lokalpolisområdesnivå, avseende successivt fler poliser i lokalpolisområde Järfälla Upplands-Bro. Detta medger fler samverkansytor mellan kommun och polis både i det brottsförebyggande och operativa arbetet.")
        {
            Responsible = PoliceOnly,
            FollowUps = [HalfYear2022("Det har ännu inte tillsatts fler poliser, med anledning av ekonomi och nuvarande resurser.")],
        },
        new Measure(1, MeasureNumber.Parse("1:7"), "Kommun och polis arbetar med gemensamma uppdaterade lägesbilder och är i kontinuerlig dialog för ökad samverkan och effektivitet både på operativ och strategisk nivå genom frågor som vad händer, vilka områden, vilka grupper etc. Detta sker bland annat genom EST (Effektiv Samordning för Trygghet), digitala systemet Embrace och att polis levererar dagliga rapporter till kommunen på lokal nivå. Polisen tar med information in till interna prioriteringsmöten inom lokalpolisområdet för att kunna fördela resurser efter behov.\nKommunens Trygghets- och preventionsenhet säkerställer att det finns dialog internt i kommunen, och att information av vikt från polis når ut till relevanta berörda verksamheter exempelvis fritid, skola, socialkontor.")
        {
            Responsible = Both,
            FollowUps = [HalfYear2022("Kommunpolis skickar dagliga rapporter, som av trygghetssamordnare rapporteras in i Embrace. Polis och trygghetssamordnare har avstämningar kring lägesbilden varannan vecka samt deltar i EST-möten i samtliga områdesgrupper tillsammans med andra aktörer från exempelvis, fritids, skola, fastighetsbolag och socialkontor. Polis är också representerade i EST styrgrupp som sammankallas av kommunen.")],
        },
        new Measure(2, MeasureNumber.Parse("2:1"), "Kommunen sammankallar och samordnar en samverkansgrupp mot våld i nära relationer. Polis deltar tillsammans med bland andra kommunens olika kontor, lokal kvinnojour, bostadsbolag med flera för att dela en gemensam lägesbild samt samverka i insatser.")
        {
            Responsible = Both,
            FollowUps = [HalfYear2022("Det finns en samverkansgrupp och utifrån uppföljning av samverkansöverenskommelsen fungerar det bra, polis, kommun, kvinnojour och bostadsbolag deltar.")],
        },
        new Measure(2, MeasureNumber.Parse("2:2"), "För att uppmärksamma samt mobilisera mot våld i nära relationer har Upplands-Brohus beslutat att införa metoden Huskourage i det kommunala bostadsbeståndet. Polis och kommun kommer att vara delaktiga i implementeringen samt samverka för att möta eventuella ökningarna i anmälningar eller liknande.")
        {
            Responsible = Both,
            FollowUps = [HalfYear2022("Pågår och tas upp i samverkansgruppen våld i nära relationer. Kommunpolis har haft ett möte med Upplands-Bro hus kring arbetet med Huskourage som pågår.")],
        },
        new Measure(2, MeasureNumber.Parse("2:3"), "Kommunen utreder möjligheten att arbeta med någon form av våldspreventiv metod i skolan, alternativt inom fritidsgårdsverksamheten. I arbetet med sådan metod är polisen möjlig att bjuda in till arbetet som sker riktat till barnen/ungdomarna.")
        {
            Responsible = MunicipalityOnly,
            FollowUps = [HalfYear2022("Utbildning i att arbeta med metoden Machofabriken erbjuds genom Trygghet och preventions samordnare, till bland annat högstadieskolorna i kommunen, och arbetet har påbörjats på Broskolan med stöd av fältassistenter. Planen är att fler skolor ska starta upp arbetet till hösten.")],
        },
        new Measure(2, MeasureNumber.Parse("2:4"), "Polisen kommer att erbjuda skolor i kommunen utbildning inom området pågående dödligt våld.")
        {
            Responsible = PoliceOnly,
            FollowUps = [HalfYear2022("Information om möjligheten att boka in polisen för detta har getts till utbildningskontorets ledningsgrupp. Polis har blivit inbjuden till Upplands-Bro Gymnasiet och besökte personalgruppen på ett APT under våren.")],
        },
        new Measure(3, MeasureNumber.Parse("3:1"), "Kommunen arbetar idag med det digitala systemet Embrace och lägesdelningsmetoden Effektiv Samordning Trygghet (EST). Inom ramen för dessa två tillvägagångssätt bidrar flertalet aktörer med uppdaterade lägesbilder från respektive verksamhet och tillsammans skapas en övergripande och uppdaterad lägesbild som, vid behov, ligger till grund för gemensamma insatser. Polisen är en viktig samverkanspartner i detta arbete och bidrar dagligen med polisrapporter och senaste polisiära lägesbilder som möjliggör ett gemensamt förebyggande arbete för att skapa trygga offentliga miljöer.")
        {
            Responsible = Both,
            FollowUps = [HalfYear2022("Polisen skickar dagligen rapporter som läggs in i Embrace. Rapportering i Embrace utvecklas och utökas kontinuerligt.")],
        },
        new Measure(3, MeasureNumber.Parse("3:2"), "Polisen genomför sedan 2020 årliga trygghetsmätningar med ett frågebatteri som fokuserar på invånarnas känsla av trygghet, trygghet i den offentliga miljön i närområdet och utsatthet för brott. Resultatet avses ligga till grund för gemensamma insatser och ett analysarbete av resultatet genomförs tillsammans med kommunen.")
        {
            Responsible = Both,
            Period = "sedan 2020 årliga",
            FollowUps = [HalfYear2022("I Stockholm har beslut tagits att under 2022 endast genomföra trygghetsmätningen i två kommunen. Upplands-Bro kommun innefattas inte i denna trygghetsmätning under 2022.")],
        },
        new Measure(3, MeasureNumber.Parse("3:3"), "Metoderna 'Grannstöd' och 'Grannsamverkan' förvaltas gemensamt av kommunen och polisen där kommunen sköter kontaktlistorna för de två metoderna och skickar ut löpande nyhetsbrev. Tillsammans genomförs utbildning av nya kontaktpersoner (Grannsamverkan) och nya förare (Grannstöd) och polisen sammanställer statistik en gång/månad för utskick.")
        {
            Responsible = Both,
            FollowUps = [HalfYear2022("Arbetet med Grannstöd och Grannsamverkan fortgår och fungerar bra. Nya förare har utbildats och träffar sker regelbundet. Statistik från polisen skickas även ut.")],
        },
        new Measure(3, MeasureNumber.Parse("3:4"), "Sveriges kommuner har alla ett uppdrag att bedriva systematisk tillsyn enligt alkohollagen och att bevilja serveringstillstånd för restaurangverksamheter som avser att sälja alkoholhaltiga drycker. Kommunens alkoholhandläggare ska göra systematiska tillsynsbesök då detta ingår i den avgift som krögarna betalar i samband med serveringstillstånd. Detta sker tillsammans med Polisen som samverkanspartner och vid behov även brandförsvaret och Skatteverket.")
        {
            Responsible = Both,
            FollowUps = [HalfYear2022("Tillsynsinsatser har skett på flertal restaurangverksamheter vid två tillfällen där alkoholhandläggare och polis deltagit.")],
        },
        new Measure(3, MeasureNumber.Parse("3:5"), "Tre gånger om året genomför Enheten för Trygghet och Prevention trygghetsvandringar där Polisen är en given samverkanspartner tillsammans med räddningstjänsten. Övriga deltagare är boende och verksamma i det område som besöks. Syftet med dessa vandringar är att genom okulära besiktningar se vad som kan påverka den upplevda tryggheten och åtgärda detta, så som att beskära träd och buskage, se över armatur och helhetsintrycket av det offentliga rummet. Områden som blir aktuella för trygghetsvandringar väljs baserade på inkomna önskemål av boende och verksamma i området.")
        {
            Responsible = Both,
            Period = "Tre gånger om året",
            FollowUps = [HalfYear2022("Trygghetsvandring i Bro genomfördes i april 2022 och två till, i Brunna och Kungsängen, är planerade för hösten 2022.")],
        },
        new Measure(3, MeasureNumber.Parse("3:6"), "Kommunen samordnar föreningsdriven nattvandring, som vid varje pass leds av en utbildad vandrarvärd. Denna utbildning genomför kommun och polis tillsammans.")
        {
            Responsible = Both,
            FollowUps = [HalfYear2022("Fungerar väl och leds av kommunpolis och fältassistenter från Trygghets- och Preventionsenheten. Två utbildningstillfällen har hållits för ett trettiotal nya vandravärdar.")],
        },
        new Measure(3, MeasureNumber.Parse("3:7"), "I det samhällsfokuserade projektet Omdaning Bro som startade våren 2021 är polisen en samverkanspartner som har deltagit i framtagandet av de handlingsplaner som under 2022 ska förverkligas och kommer även att fortsätta vara viktig då ett stort fokus inom projektet ligger på trygghet i den offentliga miljön. Här är polisens närvaro av stor vikt både genom synlighet i att besöka kommundelen ofta likväl som i ett deltagande i kommunens medborgardialoger.")
        {
            Responsible = Both,
            Period = "startade våren 2021",
            FollowUps = [HalfYear2022("Polis närvarar både på möten med Omdaning Bro samt i dialoger.")],
        },
        new Measure(3, MeasureNumber.Parse("3:8"), "Utifrån Polisens trygghetsmätning 2021 ses vårdslös körning av MC/moped som ett problem av många (58%). För att få till en förändring i detta kommer polisen och kommunen samverka för att upplysa om riskerna med vårdslös körning samt se över möjligheterna till att ytterligare försvåra körning på exempelvis gång- och cykelvägar.")
        {
            Responsible = Both,
            FollowUps = [HalfYear2022("I centrala Bro har den fysiska miljön setts över och vissa förändringar har gjorts för att försvåra körning. Uppfattningen är att det inte längre upplevs som ett stort problem. Inga rapporter kring detta har inkommit i Embrace, vilket talar för att uppfattningen stämmer.")],
        },
        new Measure(4, MeasureNumber.Parse("4:1"), "För att nå ut till våra invånare kommer kommun och polis verka för att genomföra gemensamma föreläsningar för föräldrar vid skolstart med avsikt att informera föräldrar och vårdnadshavare om vad kommun och polis gör och vilken hjälp som finns att få.")
        {
            Responsible = Both,
            FollowUps = [HalfYear2022("Planering kring detta pågår, framför allt av kommunens folkhälsamordnare och kommunpolis. Kommunpolis har ett uppbyggt samarbete med Upplands-Bro Gymnasium och har för avsikt att vara med på föräldramöte vid uppstart av terminen.")],
        },
        new Measure(4, MeasureNumber.Parse("4:2"), "SIG (Social Insatsgrupp) är en strukturerad samverkansform på lokal nivå med föräldrar, socialtjänst, polis, skola och andra viktiga aktörer som individinriktat samverkar för att stödja den unge upp till 18år att upphöra med kriminella handlingar. På kommunens Barn- och Ungdomsenhet kommer från hösten 2021 en samordnare för SIG - Sociala Insatsgrupper - att arbeta. I tät samverkan med polisen kommer man att erbjuda stöd till unga kriminella eller unga som riskerar att bli kriminella.")
        {
            Responsible = Both,
            Period = "från hösten 2021",
            FollowUps = [HalfYear2022("En socialsekreterare på Barn och ungdom har ett särskilt fokus på SIG- arbetet, vid sidan av sitt ordinarie arbete. Under året har en person varit aktuell för insatsen och ytterligare en är på väg att startas upp. SIG-samordnaren har ansett att behov funnits hos flera individer, men utifrån rådande resurs inte haft möjlighet att påbörja fler insatser. Utifrån att SIG är en intensiv insats har polisen kapacitet att ha två klienter aktuella åt gången. Samarbetet mellan socialtjänst, fältassistenter och polis har fungerat bra, och samarbetet med skolorna har även utvecklats till det bättre genom bland annat tätare dialog. Till hösten 2022 görs en utökad satsning där både koordinator och socialsekreterare kommer att avsättas för att arbeta med SIG/SSPF (Skola, socialtjänst, polis, fritid) och stärka förmågan och möjligheten att ännu tidigare upptäcka barn och unga i risk, för exempelvis kriminalitet eller missbruk.")],
        },
        new Measure(4, MeasureNumber.Parse("4:3"), "Orossamtal/förebyggande samtal med föräldrar till ungdomar i riskzon sker skyndsamt och gemensamt av lokalpolisen och socialtjänsten. Detta riktar sig till föräldrar till ungdomar som uppvisar tendenser till att vara på väg in i missbruk eller annan kriminalitet och som därmed riskerar att allvarligt påverka dennes utveckling. Operativ polispersonal får kontinuerligt kännedom om vad som händer i lokalsamhället. En del av den information och de tips som förs fram berör ungdomar som är på väg in i en negativ livsstil. Metoden kan även användas för ungdomar under 15 år där socialtjänsten inte begär LUL-utredning (lagen om unga lagöverträdare) inom ramen för socialtjänstens förhandsbedömning.")
        {
            Responsible = Both,
            FollowUps = [HalfYear2022("Socialtjänsten och polisen har en tät dialog i ärenden där det finns en delad oro. Polisen har även deltagit i en del anmälningsmöten.\nUtöver detta samverkar socialtjänst och polis kring de SIG-insatser som pågår, samt kommer att starta upp arbete enligt metoden SSPF (Skola, Socialtjänst, Polis, Fritid) från september 2022, för att ytterligare stärka möjlighet och förmåga att identifiera och fånga upp barn och unga i risk.\nPolisen underrättar via orosanmälningar i de ärenden där en oro för målgruppen finns.")],
        },
        new Measure(4, MeasureNumber.Parse("4:4"), "Kommunens beroendemottagning kommer att samverka med polisen för att utveckla och förbättra samverkan mellan polis och beroendemottagning i arbete mot narkotika och ungdomar.")
        {
            Responsible = Both,
            FollowUps = [HalfYear2022("Utöver den samverkan som sker i gemensamt deltagande i EST områdesmöten, samt under en föräldraföreläsning, har ingen specifik samverkan förekommit.\nHösten har inletts med ett möte mellan Trygghets- och preventionsenheten, kommunpolis och Härnevimmottagningen där dialog påbörjats kring att vidare utveckla och förstärka samverkan kring narkotika, särskilt med fokus på unga.")],
        },
        new Measure(4, MeasureNumber.Parse("4:5"), "Polis och kommun deltar månadsvis i lokala EST-möten (Effektiv Samordning för Trygghet) där man områdesvis gör gemensamma kartläggningar, analyser och insatser. I forumet finns också möjlighet att skapa samverkan på individnivå när sådana behov uppmärksammas. I EST områdesgrupp deltar bland andra fältassistenter, fritidsgårdar, socialtjänst, skolor, bostadsbolag, väktare och lokalpolis.")
        {
            Responsible = Both,
            Period = "månadsvis",
            FollowUps = [HalfYear2022("EST-arbetet fortgår och är under utveckling. Arbetet struktureras ytterligare under hösten 2022 för att utveckla arbetet främst gällande gemensamma analyser och insatser, i enlighet med metoden.\nEST- arbetet har i vissa fall lett till samverkan på individnivå.")],
        },
        new Measure(4, MeasureNumber.Parse("3:6"), "Från hösten 2021 kommer kommunen att ha en socialsekreterare från Barn- och Ungdomsenheten samlokaliserad med polisen, för att öka möjligheten till samarbete både i arbete riktat till unga i riskzon samt till unga som inlett en kriminell livsstil och behöver stöd i att bryta dessa strukturer.")
        {
            Responsible = Both,
            Period = "Från hösten 2021",
            FollowUps = [HalfYear2022("En socialsekreterare har arbetat delvis från polisens lokaler och planen är att utöka det till två tjänster, då det är skört att bara ha en person knuten till den samverkan.\nDenna samarbetsform upplevs mycket gynnsam av både socialtjänst och polis.")],
        },
    ];
}
