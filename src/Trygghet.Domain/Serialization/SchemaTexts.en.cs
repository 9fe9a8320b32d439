namespace Trygghet.Domain.Serialization;

/// <summary>
/// English (the English schema texts): the same keys as SchemaTexts.sv.cs, written into docs/schema as
/// "x-description-en" and "x-enum-descriptions-en".
/// </summary>
internal static class EnglishSchemaTexts
{
    /// <summary>What a property means, keyed by the declaring type's name and the property's JSON name.</summary>
    public static Dictionary<string, string> Properties { get; } = new(StringComparer.Ordinal)
    {
        ["Document.kind"] = "Document kind: says what kind of document the file holds; always the value the schema gives.",

        // Shared parts
        ["DateRange.start"] = "The first day included in the period.",
        ["DateRange.end"] = "The last day included in the period; not before the first day.",
        ["Party.kind"] = "Which kind of party: the municipality or the local police area.",
        ["Party.name"] = "The party's name as written in the document, e.g. \"Exempelby kommun\".",
        ["AdoptionDecision.body"] = "The body that took the decision, as written, e.g. \"Kommunstyrelsen\" (the executive board).",
        ["AdoptionDecision.date"] = "The day the decision was taken.",
        ["AdoptionDecision.caseNumber"] = "The matter's case number; null when the decision gives none.",
        ["AdoptionDecision.paragraph"] = "The protocol paragraph that holds the decision, e.g. \"§ 112\"; null when not given.",

        // Citizen promise
        ["CitizenPromise.caseNumber"] = "The case number under which the municipality keeps the citizen promise.",
        ["CitizenPromise.title"] = "The citizen promise's title as written.",
        ["CitizenPromise.validity"] = "The validity: the period during which the municipality and the police keep the promise.",
        ["CitizenPromise.decision"] = "The decision that adopted the promise; null while the promise is only proposed and no decision is recorded.",
        ["CitizenPromise.date"] = "The document's date; null when the document is undated.",
        ["CitizenPromise.agreementCaseNumber"] = "The case number of the cooperation agreement the promise belongs to; null when the promise is linked to none.",
        ["CitizenPromise.parties"] = "The parties making the promise: the municipality and the local police area.",
        ["CitizenPromise.informationGathering"] = "How the parties found out what worries residents before the promise was written.",
        ["CitizenPromise.situationPicture"] = "The situation picture: the problems the promise rests on, one paragraph per element.",
        ["CitizenPromise.focus"] = "What the parties focus on during the period, one point per element.",
        ["CitizenPromise.priorityArea"] = "The place the promise gives priority to, e.g. a town centre or a district; null when it names none.",
        ["CitizenPromise.commitments"] = "The commitments: what the parties promise to do, in the order written; each id occurs once.",
        ["CitizenPromise.activities"] = "Activities done: what was actually carried out under the commitments, in any order.",
        ["CitizenPromise.expectedEffect"] = "The effect the parties expect from the promise; null when the document states none.",
        ["PromiseValidity.start"] = "The first day of validity; null means the promise applies from the decision date (the day in \"decision\").",
        ["PromiseValidity.end"] = "The last day of validity.",
        ["InformationGathering.summary"] = "A summary of the information gathering as written; null when there is none.",
        ["InformationGathering.dialogues"] = "The dialogues held with residents and other groups.",
        ["InformationGathering.otherSources"] = "Other sources used, e.g. statistics or survey answers.",
        ["Dialogue.audience"] = "The audience: who took part, e.g. \"Medborgare\" (residents) or \"Seniorer\" (older people).",
        ["Dialogue.description"] = "What was done, as written.",
        ["Dialogue.occasions"] = "How many occasions the dialogue was held on; null when not given.",
        ["PromiseCommitment.id"] = "A short, stable identifier of the commitment, which activities refer to.",
        ["PromiseCommitment.description"] = "The commitment as written.",
        ["PromiseCommitment.quota"] = "How often the commitment must at least be met, e.g. at least twice per term; null for a commitment without a number.",
        ["PromiseCommitment.span"] = "A time frame the commitment sets itself, e.g. \"during 2022\"; null means the whole validity. Only days within both the time frame and the validity count.",
        ["PromiseCommitment.responsible"] = "The parties that carry the commitment.",
        ["PromiseCommitment.partners"] = "Other partners the commitment names, e.g. an agency or an association.",
        ["Quota.minimum"] = "The least number of times per full period; at least 1.",
        ["Quota.per"] = "The period the number is counted over.",
        ["ActivityRecord.date"] = "The day the activity was carried out.",
        ["ActivityRecord.commitmentId"] = "The id of the commitment the activity counts towards; must be among \"commitments\".",
        ["ActivityRecord.count"] = "How many times the activity was carried out that day; at least 1.",
        ["ActivityRecord.note"] = "A note on the activity; null when there is none.",

        // Public civic partnership (IOP)
        ["PublicCivicPartnership.title"] = "The document's title as written.",
        ["PublicCivicPartnership.municipality"] = "The municipality entering the partnership.",
        ["PublicCivicPartnership.partner"] = "The non-profit organisation that is the municipality's partner.",
        ["PublicCivicPartnership.stage"] = "How far the partnership has come: investigation, proposal or agreement.",
        ["PublicCivicPartnership.caseNumber"] = "The matter's case number; null when not given.",
        ["PublicCivicPartnership.decidedBy"] = "The body that took the latest decision in the matter; null when not given.",
        ["PublicCivicPartnership.decidedOn"] = "The day of the latest decision; null when not given.",
        ["PublicCivicPartnership.paragraph"] = "The protocol paragraph number of the latest decision; null when not given.",
        ["PublicCivicPartnership.commission"] = "The task the decision gave, e.g. to investigate the conditions; null when none was given.",
        ["PublicCivicPartnership.content"] = "What the partnership covers; null while it is an open question.",
        ["PublicCivicPartnership.followUpResponsibility"] = "Who follows the partnership up; null while it is an open question.",
        ["PublicCivicPartnership.validity"] = "The period the partnership applies, both days included; null while it is an open question.",
        ["PublicCivicPartnership.financing"] = "How the partnership is financed; null while it is an open question.",
        ["PublicCivicPartnership.currentSupport"] = "Support the partner already receives, e.g. a yearly grant; null when none is given.",
        ["PublicCivicPartnership.termsToInvestigate"] = "The terms an investigation is to propose, as the decision lists them.",
        ["CivicOrganisation.name"] = "The organisation's name.",
        ["CivicOrganisation.legalForm"] = "The legal form, e.g. \"ideell förening\" (non-profit association); null when not given.",
        ["CivicOrganisation.foundedYear"] = "The year the organisation was founded; null when not given.",
        ["CivicOrganisation.activity"] = "What the organisation does; null when not given.",

        // Safety council report
        ["SafetyCouncilReport.title"] = "The report's title as written.",
        ["SafetyCouncilReport.municipality"] = "The municipality whose safety council reports.",
        ["SafetyCouncilReport.council"] = "The council's name, e.g. \"Trygghetsrådet\".",
        ["SafetyCouncilReport.caseNumber"] = "The case number under which the report is kept.",
        ["SafetyCouncilReport.reportingPeriod"] = "The period the report accounts for.",
        ["SafetyCouncilReport.reportedTo"] = "The body the report goes to, usually \"Kommunstyrelsen\" (the executive board).",
        ["SafetyCouncilReport.proposedDecision"] = "The proposed decision that comes with the report; null when there is none.",
        ["SafetyCouncilReport.officer"] = "The officer who wrote the report; null when none is given.",
        ["SafetyCouncilReport.dutiesFrom"] = "The day the council's rules of procedure start to apply: a report to the executive board at the half-year and annual accounts and one citizen dialogue a year. null means the report records no such duties, and then none is checked.",
        ["SafetyCouncilReport.meetings"] = "The council's meetings during the period.",
        ["SafetyCouncilReport.operationalGroups"] = "The operational groups the council runs.",
        ["SafetyCouncilReport.dialogues"] = "Citizen dialogues the council decided on or held.",
        ["SafetyCouncilReport.submissions"] = "The reports given at the half-year and annual accounts, this one included.",
        ["CouncilMeeting.date"] = "The day the council met.",
        ["CouncilMeeting.summary"] = "What the meeting was about.",
        ["CouncilMeeting.decisions"] = "The council's decisions as the report summarises them.",
        ["CitizenDialogue.theme"] = "The dialogue's theme.",
        ["CitizenDialogue.period"] = "The period in which the dialogue is carried out; it counts for every calendar year the period touches.",
        ["CitizenDialogue.decidedOn"] = "The day the council decided on the dialogue; null when not given.",
        ["CitizenDialogue.methods"] = "How the dialogue is carried out, e.g. a web survey or focus groups.",
        ["CitizenDialogue.purpose"] = "The dialogue's purpose; null when not given.",
        ["CouncilReportSubmission.year"] = "The accounts year the report belongs to.",
        ["CouncilReportSubmission.occasion"] = "At which accounts the report was given.",
    };

    /// <summary>What an enum value means, keyed by the enum's type name and the value as written in JSON.</summary>
    public static Dictionary<string, string> EnumValues { get; } = new(StringComparer.Ordinal)
    {
        ["PartyKind.municipality"] = "The municipality.",
        ["PartyKind.localPoliceArea"] = "The local police area, the police's side of the cooperation.",
        ["QuotaPeriod.term"] = "Per term: January-June and July-December are counted separately.",
        ["QuotaPeriod.schoolYear"] = "Per school year: August-June; July belongs to no school year.",
        ["QuotaPeriod.calendarYear"] = "Per calendar year.",
        ["QuotaPeriod.quarter"] = "Per quarter.",
        ["QuotaPeriod.month"] = "Per calendar month.",
        ["QuotaPeriod.wholeValidity"] = "Once, counted over the whole validity.",
        ["PartnershipStage.investigation"] = "Investigation: the conditions are being investigated and are still open questions.",
        ["PartnershipStage.proposal"] = "Proposal: a proposed partnership agreement.",
        ["PartnershipStage.agreement"] = "Agreement: the partnership is agreed.",
        ["ReportingOccasion.halfYearAccounts"] = "Half-year accounts: the accounts as of 30 June.",
        ["ReportingOccasion.annualAccounts"] = "Annual accounts: the accounts as of 31 December.",
    };

    /// <summary>Notes on a value's written form, appended to a property's description.</summary>
    public static Dictionary<string, string> Formats { get; } = new(StringComparer.Ordinal)
    {
        ["date"] = "Written YYYY-MM-DD, {0}; the day must exist.",
        ["caseNumber"] = "Written as a case number, e.g. \"KS 25/0311\", \"SN 24/0057\", \"KS 2025/88\" or \"2024KS/0203\".",
        ["measureNumber"] = "Written \"area:ordinal\", e.g. \"1:3\".",
    };
}
