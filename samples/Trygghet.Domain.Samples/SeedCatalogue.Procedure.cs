using Trygghet.Domain.Common;
using Trygghet.Domain.Procedure;

namespace Trygghet.Domain.Samples;

/// <summary>Exempeldokument (the seed documents as data).</summary>
public static partial class SeedCatalogue
{
    private static readonly DateOnly SafetyCommitteeDate = new(2020, 11, 20);
    private static readonly DateOnly ExecutiveBoard2019Date = new(2019, 4, 10);

    /// <summary>Trygghetsutskottet, Upplands-Bro (an utskott under the kommunstyrelse; the seed does not state its seats).</summary>
    public static Body SafetyCommittee { get; } = new("Trygghetsutskottet", BodyKind.SubCommittee);

    /// <summary>Kommunstyrelsen, Upplands-Bro (seats not stated in the seeds).</summary>
    public static Body UpplandsBroExecutiveBoard { get; } = new("Kommunstyrelsen", BodyKind.ExecutiveBoard);

    /// <summary>Socialnämnden, Upplands-Bro (seats not stated in the seeds).</summary>
    public static Body UpplandsBroSocialCommittee { get; } = new("Socialnämnden", BodyKind.Committee);

    /// <summary>
    /// Protokoll Trygghetsutskottet 2020-11-20, §§ 33-39 (seed 000): attested 2020-11-25 12:00 (digital justering),
    /// notice posted 2020-11-25 and removed 2020-12-16, protocol kept at Kommunledningskontoret. Names are spelled as
    /// written (the member list has "Mary Svenberg", § 35 "Mary Svennberg").
    /// </summary>
    public static Protocol SafetyCommitteeProtocol20201120 { get; } = BuildSafetyCommitteeProtocol();

    /// <summary>Kommunstyrelsens sammanträde 2019-04-10 (seed 001; only what the extract of § 50 shows).</summary>
    public static Meeting ExecutiveBoardMeeting20190410 { get; } = new(UpplandsBroExecutiveBoard, ExecutiveBoard2019Date);

    /// <summary>
    /// Kommunstyrelsen § 50, 2019-04-10 (seed 001): the handlingsplan mot våld i nära relationer referred back to the
    /// kommundirektör on Martin Normark's (L) motion and renamed. The extract gives Dnr KS 19/0178; the later papers
    /// cite it as KS 19/0148.
    /// </summary>
    public static Paragraph ExecutiveBoardParagraph50Of2019 { get; } = BuildExecutiveBoardParagraph50();

    /// <summary>
    /// Protokollsutdrag (extract) of Kommunstyrelsen 2019-04-10 holding § 50 only (seed 001, an attachment of
    /// Trygghetsutskottet 2020-11-20 § 35). The extract as the papers reproduce it shows no justering, no anslag and no
    /// utdragsbestyrkande: the first two are not part of an extract, the last is "not recorded".
    /// </summary>
    public static ProtocolExtract ExecutiveBoardExtract20190410 { get; } = new(ExecutiveBoardMeeting20190410, [BuildExecutiveBoardParagraph50()]);

    /// <summary>
    /// The matter of KS § 50 through its lifecycle: on the agenda 2019-04-10, referred back with its uppdrag (§ 50),
    /// renamed the same day, and returned to Trygghetsutskottet 2020-11-20 under a new title (§ 35 of seed 000; there
    /// it was registered as KS 20/0649 referring to KS § 50, which this model records as the same matter).
    /// </summary>
    public static Matter ViolenceInCloseRelationshipsMatter { get; } = BuildViolenceMatter();

    /// <summary>Socialnämnden § 26, 2019-02-21, Dnr SN 18/0162 (seed 001): the first step of the same handlingsplan.</summary>
    public static Paragraph SocialCommitteeParagraph26Of2019 { get; } = BuildSocialCommitteeParagraph26();

    /// <summary>
    /// Kommunstyrelsen § 22, Dnr KS 2020/66, överenskommelse trygghetskommissionen (seed 004, Haninge): four members
    /// (M) do not take part in the decision. The seed gives no meeting date, so only the paragraph is modelled here.
    /// </summary>
    public static Paragraph ExecutiveBoardParagraph22Of2020 { get; } = BuildExecutiveBoardParagraph22();

    private static Person P(string name, string? party = null) => new(name, party);

    private static Meeting BuildSafetyCommitteeMeeting() =>
        new(SafetyCommittee, SafetyCommitteeDate, new TimeOnly(8, 30), new TimeOnly(10, 35))
        {
            Place = "Distans genom Teams",
            Members =
            [
                new(P("Hans Åberg", "L"), MemberRole.FirstViceChair),
                new(P("Camilla Janson", "S"), MemberRole.SecondViceChair),
                new(P("Jan Stefanson", "KD")),
                new(P("Mattias Peterson", "C")),
                new(P("Annika Falk", "S")),
                new(P("Mary Svenberg", "S")),
                new(P("Katarina Olofsson", "SD")),
            ],
            ServingSubstitutes = [new(P("Göran Malmstedt", "M"))],
            PresentSubstitutes = [P("Jan-Erik Björk", "KD"), P("Martin Normark", "L"), P("Juan Chacon", "S")],
            OtherParticipants =
            [
                new(P("Sanna Ajaxén"), "Sekreterare"),
                new(P("Ida Texell"), "Kommundirektör"),
                new(P("Camilla Stark"), "chef trygghet och prevention"),
                new(P("Magnus Nilsson")) { Organisation = "Polisen", Paragraphs = [37] },
                new(P("Örjan Josefsson"), "ordf.") { Organisation = "Bro utveckling", Paragraphs = [37] },
                new(P("Rasmus Vanagand")) { Organisation = "Bro utveckling", Paragraphs = [37] },
                new(P("Rolf Könberg")) { Organisation = "Bro utveckling", Paragraphs = [37] },
                new(P("Steven Kiabi"), "fältassistent") { Paragraphs = [37] },
                new(P("Ahmed Afgou"), "ordf.") { Organisation = "Ungdomsrådet", Paragraphs = [37] },
            ],
        };

    private static Protocol BuildSafetyCommitteeProtocol()
    {
        var meeting = BuildSafetyCommitteeMeeting();
        var attestation = new Attestation(new DateOnly(2020, 11, 25))
        {
            Time = new TimeOnly(12, 0),
            Place = "Digital justering",
            Attesters = [P("Camilla Janson", "S")],
        };
        const string SocialPlanTitle = "Handlingsplan socialt hållbart Bro 2020-2025";
        const string SocialPlanReferral1 = "Återremiss till kommundirektör med uppdrag att utifrån övergripande mål och budget 2021 samt nämndmål formulera en handlingsplan för ett socialt hållbart Bro.";
        const string SocialPlanReferral2 = "Inför budgetprocess 2022 tar Trygghetsutskottet fram tematiska områden inom det övergripande målet hållbart liv och hälsa, samt social hållbarhet, till Kommunstyrelsen.";
        const string ViolenceTitle = "Handlingsplan mot våld i nära relation samt hedersrelaterat våld och förtryck";
        const string Approve33 = "Trygghetsutskottet godkänner årsuppföljning samverkansöverenskommelse kommun/polis.";
        const string Iop36 = "Trygghetsutskottet ger kommundirektören i uppdrag att utreda förutsättningarna för Idéburet Offentligt Partnerskap (IOP) med Kvinnojouren Anna.";

        Paragraph[] paragraphs =
        [
            new(33, "Årsuppföljning samverkansöverenskommelse kommun/polis")
            {
                CaseNumber = CaseNumber.Parse("KS 20/0600"),
                Summary = "Detta är en årsuppföljning av samverkansöverenskommelse och åtgärdsplan kommun/polis 2020. Delårsuppföljning skedde i augusti 2020.",
                DecisionBasis = ["Kommunledningskontorets tjänsteskrivelse den 3 november 2020", "Samverkansöverenskommelse 2020", "Åtgärdsplan 2020"],
                ProposedDecision = [Approve33],
                Decision = new(DecisionOutcome.Decided) { Points = [Approve33] },
            },
            new(34, SocialPlanTitle)
            {
                CaseNumber = CaseNumber.Parse("KS 20/0129"),
                Matter = new Matter(CaseNumber.Parse("KS 20/0129"), SocialPlanTitle).PutOnAgenda(meeting),
                Summary = "Den 5 december 2018 fattade Kommunstyrelsen beslut om att anta en strategi för att skapa ett socialt hållbart Bro.",
                DecisionBasis = ["Kommunledningskontorets tjänsteskrivelse den 5 november 2020", "Protokollsutdrag KS 20/0129-2 2020-03-04", "Handlingsplan socialt hållbart Bro"],
                ProposedDecision = ["Trygghetsutskottet antar reviderad Handlingsplan för ett socialt hållbart Bro 2020-2025."],
                Motions =
                [
                    new(MotionKind.Referral, P("Hans Åberg", "L"))
                    {
                        OnBehalfOf = "alliansen",
                        Points = [SocialPlanReferral1, SocialPlanReferral2],
                        Assignment = "Att utifrån övergripande mål och budget 2021 samt nämndmål formulera en handlingsplan för ett socialt hållbart Bro.",
                    },
                ],
                DecisionProcess = new()
                {
                    Propositions =
                    [
                        "Ordförande finner att det finns ett förslag till beslut, återremiss med uppdrag eftersom ingen har yrkat på liggande förslag.",
                        "Ordförande finner därmed att utskottet beslutar att återremittera ärendet.",
                    ],
                    AdoptedMotion = 0,
                },
                Decision = new(DecisionOutcome.ReferredBack)
                {
                    Points = [SocialPlanReferral1, SocialPlanReferral2],
                    Assignment = "Kommundirektören: att utifrån övergripande mål och budget 2021 samt nämndmål formulera en handlingsplan för ett socialt hållbart Bro.",
                },
            },
            new(35, ViolenceTitle)
            {
                CaseNumber = CaseNumber.Parse("KS 20/0649"),
                DecisionBasis =
                [
                    "Kommunledningskontorets tjänsteskrivelse den 1 november 2020.",
                    "Handlingsplan mot våld i nära relation samt hedersrelaterat våld och förtryck",
                    "Kommunstyrelsens beslut § 50 Handlingsplan för att förebygga och minska våld i nära relationer KS 19/0148",
                    "Socialnämndens beslut § 26 Handlingsplan för att förebygga och minska våld i nära relationer SN 18/0162",
                ],
                ProposedDecision =
                [
                    "Kommunstyrelsen föreslår att Kommunfullmäktige antar handlingsplan för våld i nära relation samt hedersrelaterat våld och förtryck.",
                    "Kommunstyrelsen föreslår att Kommunfullmäktige ger Trygghetsutskottet mandat att vid behov revidera handlingsplan för våld i nära relation samt hedersrelaterat våld och förtryck.",
                ],
                Motions =
                [
                    new(MotionKind.Addition, P("Mary Svennberg", "S"))
                    {
                        Points = ["Handlingsplanen omrubriceras till \"Handlingsplan mot våld i nära relation samt hedersrelaterat våld och förtryck\" istället för \"Handlingsplan för våld i nära relation samt hedersrelaterat våld och förtryck\"."],
                    },
                ],
                DecisionProcess = new()
                {
                    Propositions = ["Ordförande finner att det finns ett förslag till beslut, liggande förslag med Mary Svennbergs (S) tillägg och han finner att utskottet beslutar enligt detta."],
                    AdoptedMotion = 0,
                },
                Decision = new(DecisionOutcome.Decided)
                {
                    Points =
                    [
                        "Trygghetsutskottet föreslår Kommunstyrelsen besluta: Kommunstyrelsen föreslår att Kommunfullmäktige antar handlingsplan mot våld i nära relation samt hedersrelaterat våld och förtryck.",
                        "Trygghetsutskottet föreslår Kommunstyrelsen besluta: Kommunstyrelsen föreslår att Kommunfullmäktige ger Trygghetsutskottet mandat att vid behov revidera handlingsplan mot våld i nära relation samt hedersrelaterat våld och förtryck.",
                        "Trygghetsutskottet beslutar: Handlingsplanen omrubriceras till Handlingsplan mot våld i nära relation samt hedersrelaterat våld och förtryck",
                    ],
                },
            },
            new(36, "Förutsättningar för idéburet offentligt partnerskap med Kvinnojouren Anna.")
            {
                CaseNumber = CaseNumber.Parse("KS 20/0726"),
                Summary = "Kvinnojouren Annas styrelse önskar ingå ett Idéburet Offentligt Partnerskap (IOP) med Upplands-Bro kommun för ett långsiktigt och hållbart samarbete.",
                DecisionBasis = ["Kommunledningskontorets tjänsteskrivelse den 2 november 2020"],
                ProposedDecision = [Iop36],
                Decision = new(DecisionOutcome.Decided) { Points = [Iop36] },
                Dispatch = ["Socialchef"],
            },
            new(37, "Rapporter")
            {
                Contents =
                [
                    "Embrace rapport - Veckolägesbild v 42-44",
                    "Embrace veckolägesbild 40-42",
                    "Veckolägesbild Embrace v 38-40",
                    "Temaärende – Polisen informerar om trygghetsläget i Kommunen",
                    "Temaärende – Bro utveckling",
                    "Temaärende – Ungdomsrådet",
                    "Kommundirektörens rapporter",
                ],
            },
            new(38, "Delegationsbeslut"),
            new(39, "Anmälningar"),
        ];

        return new Protocol(meeting, [.. paragraphs])
        {
            Secretary = P("Sanna Ajaxén"),
            Chair = P("Hans Åberg", "L"),
            Attesters = [P("Camilla Janson", "S")],
            PlannedAttestation = attestation,
        }
        .WithAttestation(attestation)
        .WithNotice(new Notice(new DateOnly(2020, 11, 25), new DateOnly(2020, 12, 16)) { ProtocolKeptAt = "Kommunledningskontoret" });
    }

    private const string ViolenceOriginalTitle = "Handlingsplan för att förebygga och minska våld i nära relationer";
    private const string ViolenceRenamedTitle = "Handlingsplan för att förebygga och minska våld i nära relationer samt hedersrelaterat våld och förtryck";
    private const string Ks50Assignment = "Kommunstyrelsen ger kommundirektören i uppdrag att under kommunledningskontoret samordna det fortsatta arbetet med den befintliga handlingsplanen som ett underlag till fortsatt arbete.";

    private static Paragraph BuildExecutiveBoardParagraph50()
    {
        var normark = P("Martin Normark", "L");
        return new Paragraph(50, ViolenceOriginalTitle)
        {
            CaseNumber = CaseNumber.Parse("KS 19/0178"),
            DecisionBasis = ["Kommunledningskontorets tjänsteskrivelse den 13 mars 2019", "Handlingsplan för att förebygga och minska våld i nära relationer den 11 november 2018"],
            ProposedDecision =
            [
                "Kommunstyrelsen föreslår kommunfullmäktige",
                "Kommunfullmäktige beslutar i enlighet med Socialnämndens förslag till handlingsplan för att förebygga och minska våld i nära relationer och hedersrelaterat våld och förtryck.",
            ],
            Motions =
            [
                new(MotionKind.Referral, normark) { Points = [Ks50Assignment], Assignment = Ks50Assignment },
                new(MotionKind.Approval, P("Camilla Janson", "S")) { Supports = 0 },
                new(MotionKind.Approval, P("Kerstin Åkare", "V")) { Supports = 0 },
                new(MotionKind.Approval, P("Anna Norberg", "MP")) { Supports = 0 },
                new(MotionKind.Addition, normark) { Points = [$"Ärendet bör rubriceras om till: \"{ViolenceRenamedTitle}\""] },
            ],
            DecisionProcess = new()
            {
                Propositions =
                [
                    "Ordföranden finner att det bara finns ett förslag till beslut och finner att Kommunstyrelsen fattar beslut i enlighet med Martin Normarks (L) förslag till beslut.",
                    "Ordföranden frågar därefter om Kommunstyrelsen kan besluta att rubricera om ärendet enligt Martin Normarks (L) förslag till beslut och finner bifall.",
                ],
                AdoptedMotion = 0,
            },
            Decision = new(DecisionOutcome.ReferredBack)
            {
                Points = [Ks50Assignment, $"Ärendet rubriceras om till: \"{ViolenceRenamedTitle}\""],
                Assignment = Ks50Assignment,
            },
            Dispatch = ["Socialnämnden"],
        };
    }

    private static Matter BuildViolenceMatter()
    {
        var meeting = ExecutiveBoardMeeting20190410;
        return new Matter(CaseNumber.Parse("KS 19/0178"), ViolenceOriginalTitle)
            .PutOnAgenda(meeting)
            .ReferBack(meeting, Ks50Assignment, 50)
            .Rename(ExecutiveBoard2019Date, ViolenceRenamedTitle, "Kommunstyrelsen")
            .Return(SafetyCommitteeDate, "Handlingsplan mot våld i nära relation samt hedersrelaterat våld och förtryck");
    }

    private static Paragraph BuildSocialCommitteeParagraph26()
    {
        string[] points =
        [
            "Socialnämnden godkänner socialkontorets förslag till handlingsplan som ett underlag för fortsatt arbete att förebygga och minska våld i nära relationer och hedersrelaterat våld och förtryck.",
            "Socialnämnden föreslår Kommunfullmäktige att besluta i enlighet med Socialnämndens förslag till handlingsplan för att förebygga och minska våld i nära relationer och hedersrelaterat våld och förtryck.",
            "Ge Socialkontoret i uppdrag att ta fram en handlingsplan med aktiviteter för en tydlig utveckling av insatser som leder till att förebygga våld i nära relationer samt hedersrelaterat våld och förtryck. Handlingsplanens aktiviteter ska vara tidsatta och följas upp regelbundet.",
        ];
        return new Paragraph(26, ViolenceOriginalTitle)
        {
            CaseNumber = CaseNumber.Parse("SN 18/0162"),
            ProposedDecision =
            [
                "Socialnämnden godkänner socialkontorets förslag till handlingsplan för att förebygga och minska våld i nära relationer.",
                "Socialnämnden föreslår Kommunfullmäktige att besluta i enlighet med Socialnämndens förslag till handlingsplan för att förebygga och minska våld i nära relationer.",
            ],
            Motions =
            [
                new(MotionKind.Amendment, P("Martin Normark", "L"))
                {
                    Points = [.. points],
                    Supporters = [P("Lisbeth Waern", "M"), P("Cecilia Norlin", "M"), P("Daniele Spagnolo", "KD"), P("Ricard Wikman Koljo", "C"), P("Marcus Sköld", "M")],
                },
            ],
            DecisionProcess = new()
            {
                Propositions = ["Ordförande finner att det finns två förslag till beslut, kontorets förslag och Moderaternas, Liberalernas, Kristdemokraternas och Centerpartiets förslag till beslut. Ordförande finner att Socialnämnden fattar beslut enligt de styrandes förslag till beslut."],
                AdoptedMotion = 0,
            },
            Decision = new(DecisionOutcome.Decided) { Points = [.. points] },
            Dispatch = ["Kommunstyrelsen"],
        };
    }

    private static Paragraph BuildExecutiveBoardParagraph22()
    {
        string[] decided =
        [
            "2,2 mnkr avsätts till utökad användning av trygghetsvårdar/väktare.",
            "Kommundirektören uppdras att i samråd med trygghetskommissionen fördela resterande belopp i enlighet med överenskommelsens intentioner. Uppföljning sker i ordinarie verksamhetsuppföljning till kommunstyrelsen.",
            "Kommunstyrelsens investeringsbudget utökas med 2,5 mnkr för en fortsatt utbyggnad av kameraanvändning i anslutning till kommunens fastigheter.",
            "Utökningen av kommunstyrelsens investeringsbudget finansieras genom att ianspråka 2,5 mnkr ur kommunstyrelsens investeringsreserv.",
        ];
        return new Paragraph(22, "Överenskommelse trygghetskommissionen")
        {
            CaseNumber = CaseNumber.Parse("KS 2020/66"),
            DecisionBasis = ["Protokollsutdrag kommunfullmäktige 2019-12-09 § 197", "Trygghetskommissionens överenskommelse gällande kompletterande åtgärder i det fortsatta trygghetsarbetet"],
            ProposedDecision =
            [
                "2,2 mnkr avsätts till utökad användning av trygghetsvärdar/väktare.",
                decided[1],
                decided[2],
                "Utökningen av kommunstyrelsens investeringsbudget finansieras genom att ianspråkta 2,5 mnkr ur kommunstyrelsens investeringsreserv.",
            ],
            DecisionProcess = new()
            {
                Propositions = ["Ordföranden konstaterar att det endast finns ett förslag till beslut och att kommunstyrelsen beslutar i enlighet med förslaget."],
            },
            Decision = new(DecisionOutcome.Decided)
            {
                Points = [.. decided],
                NotTakingPart = [P("Sven Gustafsson", "M"), P("Linus Björkman", "M"), P("Michael Fridebäck", "M"), P("Alexandra Anstrell", "M")],
                Notes = ["Sven Gustafsson (M) meddelar att Moderaterna inte deltar i beslutet."],
            },
            Dispatch = ["Akt", "Trygghetskommissionen", "ekonomiavdelningen"],
            ForInformation = ["Kultur- och fritidsförvaltningen", "social- och äldreförvaltningen"],
        };
    }
}
