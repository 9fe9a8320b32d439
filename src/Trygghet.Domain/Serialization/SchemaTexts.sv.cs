namespace Trygghet.Domain.Serialization;

/// <summary>
/// Svenska (the Swedish schema texts): what each property of the JSON schemas means, keyed
/// "DeclaringType.jsonName", what each enum value means, keyed "EnumType.jsonValue", and the notes on value formats.
/// Written into docs/schema as "description" and "x-enum-descriptions"; SchemaTexts.en.cs holds the same keys in
/// English (a test checks it).
/// </summary>
internal static class SwedishSchemaTexts
{
    /// <summary>What a property means, keyed by the declaring type's name and the property's JSON name.</summary>
    public static Dictionary<string, string> Properties { get; } = new(StringComparer.Ordinal)
    {
        ["Document.kind"] = "Dokumenttyp: talar om vilket slags dokument filen innehåller; alltid det värde schemat anger.",

        // Shared parts
        ["DateRange.start"] = "Första dagen som ingår i perioden.",
        ["DateRange.end"] = "Sista dagen som ingår i perioden; inte före första dagen.",
        ["Party.kind"] = "Vilket slags part: kommunen eller lokalpolisområdet.",
        ["Party.name"] = "Partens namn så som det står i dokumentet, t.ex. \"Exempelby kommun\".",
        ["AdoptionDecision.body"] = "Organet som fattade beslutet, så som det står, t.ex. \"Kommunstyrelsen\".",
        ["AdoptionDecision.date"] = "Dagen beslutet fattades.",
        ["AdoptionDecision.caseNumber"] = "Ärendets diarienummer; null när beslutet inte anger något.",
        ["AdoptionDecision.paragraph"] = "Paragrafen i protokollet där beslutet står, t.ex. \"§ 112\"; null när den inte anges.",

        // Medborgarlöfte
        ["CitizenPromise.caseNumber"] = "Diarienumret som kommunen håller medborgarlöftet under.",
        ["CitizenPromise.title"] = "Medborgarlöftets rubrik så som den står.",
        ["CitizenPromise.validity"] = "Giltighetstiden: perioden då kommunen och polisen håller löftet.",
        ["CitizenPromise.decision"] = "Beslutet som antog löftet; null så länge löftet bara är föreslaget och inget beslut är noterat.",
        ["CitizenPromise.date"] = "Dokumentets datum; null när dokumentet inte är daterat.",
        ["CitizenPromise.agreementCaseNumber"] = "Diarienumret för den samverkansöverenskommelse som löftet hör till; null när löftet inte knyts till någon.",
        ["CitizenPromise.parties"] = "Parterna som ger löftet: kommunen och lokalpolisområdet.",
        ["CitizenPromise.informationGathering"] = "Hur parterna tog reda på vad invånarna oroar sig för innan löftet skrevs.",
        ["CitizenPromise.situationPicture"] = "Lägesbilden: problembilden som löftet bygger på, ett stycke per element.",
        ["CitizenPromise.focus"] = "Det parterna fokuserar på under perioden, en punkt per element.",
        ["CitizenPromise.priorityArea"] = "Den plats löftet prioriterar, t.ex. ett centrum eller en stadsdel; null när löftet inte pekar ut någon.",
        ["CitizenPromise.commitments"] = "Åtagandena: det parterna lovar att göra, i skriven ordning; varje id förekommer en gång.",
        ["CitizenPromise.activities"] = "Genomförda aktiviteter: vad som faktiskt gjorts under åtagandena, i valfri ordning.",
        ["CitizenPromise.expectedEffect"] = "Den effekt parterna väntar sig av löftet; null när dokumentet inte anger någon.",
        ["PromiseValidity.start"] = "Första giltighetsdagen; null betyder att löftet gäller från och med beslutsdatum (dagen i \"decision\").",
        ["PromiseValidity.end"] = "Sista giltighetsdagen.",
        ["InformationGathering.summary"] = "En sammanfattning av informationsinsamlingen så som den står; null när den saknas.",
        ["InformationGathering.dialogues"] = "Dialogerna som hölls med invånare och andra grupper.",
        ["InformationGathering.otherSources"] = "Andra källor som användes, t.ex. statistik eller enkätsvar.",
        ["Dialogue.audience"] = "Målgruppen: vilka som deltog, t.ex. \"Medborgare\" eller \"Seniorer\".",
        ["Dialogue.description"] = "Vad som gjordes, så som det står.",
        ["Dialogue.occasions"] = "Hur många tillfällen dialogen hölls; null när det inte anges.",
        ["PromiseCommitment.id"] = "En kort, stabil identitet för åtagandet, som aktiviteterna hänvisar till.",
        ["PromiseCommitment.description"] = "Åtagandet så som det står.",
        ["PromiseCommitment.quota"] = "Hur ofta åtagandet minst ska uppfyllas, t.ex. minst två gånger per termin; null för ett åtagande utan antal.",
        ["PromiseCommitment.span"] = "En egen tidsram som åtagandet anger, t.ex. \"under 2022\"; null betyder hela giltighetstiden. Bara dagar inom både tidsramen och giltighetstiden räknas.",
        ["PromiseCommitment.responsible"] = "Parterna som står för åtagandet.",
        ["PromiseCommitment.partners"] = "Andra samverkanspartner som åtagandet nämner, t.ex. en myndighet eller en förening.",
        ["Quota.minimum"] = "Det minsta antalet gånger per hel period; minst 1.",
        ["Quota.per"] = "Perioden som antalet räknas över.",
        ["ActivityRecord.date"] = "Dagen aktiviteten genomfördes.",
        ["ActivityRecord.commitmentId"] = "Id för åtagandet som aktiviteten räknas till; måste finnas bland \"commitments\".",
        ["ActivityRecord.count"] = "Hur många gånger aktiviteten genomfördes den dagen; minst 1.",
        ["ActivityRecord.note"] = "En anteckning om aktiviteten; null när ingen finns.",

        // IOP
        ["PublicCivicPartnership.title"] = "Dokumentets rubrik så som den står.",
        ["PublicCivicPartnership.municipality"] = "Kommunen som ingår partnerskapet.",
        ["PublicCivicPartnership.partner"] = "Den idéburna organisationen som är kommunens partner.",
        ["PublicCivicPartnership.stage"] = "Hur långt partnerskapet har kommit: utredning, förslag eller överenskommelse.",
        ["PublicCivicPartnership.caseNumber"] = "Ärendets diarienummer; null när det inte anges.",
        ["PublicCivicPartnership.decidedBy"] = "Organet som fattade det senaste beslutet i ärendet; null när det inte anges.",
        ["PublicCivicPartnership.decidedOn"] = "Dagen för det senaste beslutet; null när den inte anges.",
        ["PublicCivicPartnership.paragraph"] = "Paragrafnumret i protokollet för det senaste beslutet; null när det inte anges.",
        ["PublicCivicPartnership.commission"] = "Uppdraget som beslutet gav, t.ex. att utreda förutsättningarna; null när inget uppdrag gavs.",
        ["PublicCivicPartnership.content"] = "Vad partnerskapet omfattar; null så länge det är en öppen fråga.",
        ["PublicCivicPartnership.followUpResponsibility"] = "Vem som följer upp partnerskapet; null så länge det är en öppen fråga.",
        ["PublicCivicPartnership.validity"] = "Perioden partnerskapet gäller, båda dagarna inräknade; null så länge den är en öppen fråga.",
        ["PublicCivicPartnership.financing"] = "Hur partnerskapet finansieras; null så länge det är en öppen fråga.",
        ["PublicCivicPartnership.currentSupport"] = "Stöd som partnern redan får, t.ex. ett årligt bidrag; null när inget anges.",
        ["PublicCivicPartnership.termsToInvestigate"] = "Villkoren som en utredning ska föreslå, så som beslutet räknar upp dem.",
        ["CivicOrganisation.name"] = "Organisationens namn.",
        ["CivicOrganisation.legalForm"] = "Organisationsformen, t.ex. \"ideell förening\"; null när den inte anges.",
        ["CivicOrganisation.foundedYear"] = "Året organisationen bildades; null när det inte anges.",
        ["CivicOrganisation.activity"] = "Vad organisationen gör; null när det inte anges.",

        // Trygghetsrådets återrapportering
        ["SafetyCouncilReport.title"] = "Rapportens rubrik så som den står.",
        ["SafetyCouncilReport.municipality"] = "Kommunen vars trygghetsråd rapporterar.",
        ["SafetyCouncilReport.council"] = "Rådets namn, t.ex. \"Trygghetsrådet\".",
        ["SafetyCouncilReport.caseNumber"] = "Diarienumret som rapporten hålls under.",
        ["SafetyCouncilReport.reportingPeriod"] = "Perioden som rapporten redovisar.",
        ["SafetyCouncilReport.reportedTo"] = "Organet som rapporten lämnas till, vanligen \"Kommunstyrelsen\".",
        ["SafetyCouncilReport.proposedDecision"] = "Förslaget till beslut som följer med rapporten; null när inget förslag finns.",
        ["SafetyCouncilReport.officer"] = "Handläggaren som skrev rapporten; null när ingen anges.",
        ["SafetyCouncilReport.dutiesFrom"] = "Dagen då rådets arbetsordning börjar gälla: redogörelse till kommunstyrelsen vid halvårsbokslut och bokslut samt en medborgardialog per år. null betyder att rapporten inte anger några sådana skyldigheter, och då prövas inga.",
        ["SafetyCouncilReport.meetings"] = "Rådets sammanträden under perioden.",
        ["SafetyCouncilReport.operationalGroups"] = "De operativa grupper som rådet driver.",
        ["SafetyCouncilReport.dialogues"] = "Medborgardialoger som rådet har beslutat om eller hållit.",
        ["SafetyCouncilReport.submissions"] = "Redogörelserna vid halvårsbokslut och bokslut, den här rapporten inräknad.",
        ["CouncilMeeting.date"] = "Dagen rådet sammanträdde.",
        ["CouncilMeeting.summary"] = "Vad sammanträdet handlade om.",
        ["CouncilMeeting.decisions"] = "Rådets beslut så som rapporten sammanfattar dem.",
        ["CitizenDialogue.theme"] = "Dialogens tema.",
        ["CitizenDialogue.period"] = "Perioden då dialogen genomförs; den räknas för varje kalenderår perioden berör.",
        ["CitizenDialogue.decidedOn"] = "Dagen rådet beslutade om dialogen; null när den inte anges.",
        ["CitizenDialogue.methods"] = "Hur dialogen genomförs, t.ex. webbenkät eller fokusgrupper.",
        ["CitizenDialogue.purpose"] = "Dialogens syfte; null när det inte anges.",
        ["CouncilReportSubmission.year"] = "Bokslutsåret som redogörelsen hör till.",
        ["CouncilReportSubmission.occasion"] = "Vid vilket bokslut redogörelsen lämnades.",
    };

    /// <summary>What an enum value means, keyed by the enum's type name and the value as written in JSON.</summary>
    public static Dictionary<string, string> EnumValues { get; } = new(StringComparer.Ordinal)
    {
        ["PartyKind.municipality"] = "Kommunen.",
        ["PartyKind.localPoliceArea"] = "Lokalpolisområdet, polisens del i samverkan.",
        ["QuotaPeriod.term"] = "Per termin: januari-juni och juli-december räknas var för sig.",
        ["QuotaPeriod.schoolYear"] = "Per läsår: augusti-juni; juli hör inte till något läsår.",
        ["QuotaPeriod.calendarYear"] = "Per kalenderår.",
        ["QuotaPeriod.quarter"] = "Per kvartal.",
        ["QuotaPeriod.month"] = "Per kalendermånad.",
        ["QuotaPeriod.wholeValidity"] = "En gång räknat över hela giltighetstiden.",
        ["PartnershipStage.investigation"] = "Utredning: villkoren utreds och är ännu öppna frågor.",
        ["PartnershipStage.proposal"] = "Förslag: ett föreslaget avtal om partnerskap.",
        ["PartnershipStage.agreement"] = "Överenskommelse: partnerskapet är avtalat.",
        ["ReportingOccasion.halfYearAccounts"] = "Halvårsbokslut: bokslutet per den 30 juni.",
        ["ReportingOccasion.annualAccounts"] = "Bokslut: årsbokslutet per den 31 december.",
    };

    /// <summary>Notes on a value's written form, appended to a property's description.</summary>
    public static Dictionary<string, string> Formats { get; } = new(StringComparer.Ordinal)
    {
        ["date"] = "Skrivs ÅÅÅÅ-MM-DD, {0}; dagen måste finnas.",
        ["caseNumber"] = "Skrivs som ett diarienummer, t.ex. \"KS 25/0311\", \"SN 24/0057\", \"KS 2025/88\" eller \"2024KS/0203\".",
        ["measureNumber"] = "Skrivs \"område:ordningstal\", t.ex. \"1:3\".",
    };
}
