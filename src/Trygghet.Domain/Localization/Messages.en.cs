using Trygghet.Domain.Rules;

namespace Trygghet.Domain.Localization;

/// <summary>
/// English (the English message catalogue): every rule's name, description and message, and the words the
/// messages and reports use. Every key here is also in Messages.sv.cs, with the same placeholders (a test
/// checks it).
/// </summary>
internal static class EnglishMessages
{
    /// <summary>Every library rule's texts, keyed by message key (the rule id), in id order.</summary>
    public static Dictionary<string, RuleTexts> Rules { get; } = new(StringComparer.Ordinal)
    {
        ["BFL-10-RAD-BEFATTNING"] = new(
            "Actor without a leading position in the council",
            "The municipality is to work towards the other actors taking part through representatives in leading positions (a duty of effort, hence information).",
            "{organisation} takes part in the council through {position}, not a leading position according to the file."),
        ["BFL-10-RAD-LEDNING"] = new(
            "Council not led by the municipality",
            "The strategic council is to be led by the municipality.",
            "According to the file, council {council} is not led by the municipality."),
        ["BFL-10-RAD-SAKNAS"] = new(
            "No strategic council recorded",
            "The municipality is to work towards a strategic council for strategic crime-prevention questions (a duty of effort, hence information).",
            "The file records no strategic council."),
        ["BFL-11-SAMORDNINGSFUNKTION-SAKNAS"] = new(
            "No coordination function recorded",
            "The municipality is to have a coordination function for crime prevention.",
            "The file records no coordination function in place on {asOf}."),
        ["BFL-12-UPPGIFT-EJ-REGISTRERAD"] = new(
            "Coordination task not recorded",
            "The file does not say whether the coordination function has one of the three tasks of s. 12.",
            "The file does not say whether the coordination function has the task of s. 12 item {point}."),
        ["BFL-12-UPPGIFT-SAKNAS"] = new(
            "Coordination function lacks a task",
            "The coordination function is in particular to coordinate and support the work under the act (1), be the municipality's contact point for external actors (2) and help spread information on the work to residents (3).",
            "According to the file, the coordination function does not have the task of s. 12 item {point}."),
        ["BFL-13-RAPPORTERING"] = new(
            "No report to the council within the interval",
            "The executive board, or the committee the council decides, is to report continuously to the municipal council on crime prevention; the interval is a setting.",
            "No report to the municipal council recorded from {since} to {deadline} inclusive (at most {months} months apart)."),
        ["BFL-4-LAGESBILD-DEL"] = new(
            "Situation report lacks a part",
            "The situation report is to contain a mapping of crime, its extent and consequences (1), other relevant information (2) and an analysis of both (3).",
            "Situation report {id} lacks the part that s. 4 item {point} requires."),
        ["BFL-4-LAGESBILD-DEL-EJ-REGISTRERAD"] = new(
            "Part of situation report not recorded",
            "The file does not say whether the situation report contains one of the three parts s. 4 requires.",
            "The file does not say whether situation report {id} contains the part s. 4 item {point} requires."),
        ["BFL-4-LAGESBILD-SAKNAS"] = new(
            "No situation report recorded",
            "The municipality is to produce a situation report on crime within its area.",
            "The file records no situation report as of {asOf}."),
        ["BFL-5-ATGARDSPLAN-SAKNAS"] = new(
            "No action plan recorded",
            "The municipality is to decide an action plan based on the situation report; under the transitional provisions it is not needed before 2024-07-01.",
            "The file records no decided action plan as of {asOf}; a plan is required from {requiredFrom}."),
        ["BFL-5-ATGARDSPLAN-SEN"] = new(
            "Action plan decided late",
            "The municipality is to have decided an action plan when the duty applies from 1 July 2024.",
            "The first action plan was decided on {decided}; it was due by {requiredFrom}."),
        ["BFL-5-UNDERLAG-SAKNAS"] = new(
            "Plan's situation report not recorded",
            "The action plan is to be decided based on the situation report; the file does not say which of its situation reports the plan rests on.",
            "Action plan {plan} refers to no situation report in the file."),
        ["BFL-5-UNDERLAG-SENARE"] = new(
            "Situation report later than the plan",
            "An action plan cannot rest on a situation report produced only after the decision.",
            "Action plan {plan} was decided on {decided} but rests on situation report {id} of {basisDate}."),
        ["BFL-6-ATGARDSPLAN-UPPFOLJNING"] = new(
            "Action plan not followed up",
            "The municipality is to follow up its crime-prevention action plan at least every second year.",
            "The action plan was to be followed up by {deadline} (the duty applies from {dutyFrom})."),
        ["BFL-6-LAGESBILD-EJ-UPPDATERAD"] = new(
            "No update of the situation report recorded",
            "The municipality is to update the situation report at least every second year; the file records no update since the deadline.",
            "The situation report was due for an update by {deadline}; the file records none since."),
        ["BFL-6-LAGESBILD-SEN"] = new(
            "Situation report updated late",
            "The municipality is to update the situation report at least every second year.",
            "The situation report was due for an update by {deadline} but was updated on {done}."),
        ["BFL-6-UPPFOLJNING-EJ-REGISTRERAD"] = new(
            "No follow-up of the action plan recorded",
            "The municipality is to follow up the action plan at least every second year; the file records no follow-up since the deadline.",
            "Action plan {plan} was due for follow-up by {deadline}; the file records none since."),
        ["BFL-6-UPPFOLJNING-SEN"] = new(
            "Action plan followed up late",
            "The municipality is to follow up the action plan at least every second year.",
            "Action plan {plan} was due for follow-up by {deadline} but was followed up on {done}."),
        ["BFL-9-OVERENSKOMMELSE-SAKNAS"] = new(
            "No cooperation agreement in force",
            "The municipality is to work towards written cooperation agreements with relevant actors (a duty of effort, hence information).",
            "The file records no written cooperation agreement in force on {asOf}."),
        ["BFL-BRA-ATGARD-PROBLEM"] = new(
            "Measure not linked to the situation report",
            "Brå: measures are chosen from the problems the situation report identifies and their causes.",
            "Measure {measure} in {plan} is not linked to any problem in the plan's situation report."),
        ["FIN-ATGARD-OKAND"] = new(
            "Unknown measure",
            "An area may only refer to measures the decision lists.",
            "The area refers to measure {number}, which does not exist."),
        ["FIN-ATGARD-OMRADE"] = new(
            "Measure not in exactly one area",
            "Every measure is grouped into exactly one area.",
            "Measure {number} \"{measure}\" is in {count} areas."),
        ["FIN-DRIFT-INVESTERING-BLANDAS"] = new(
            "Operating and investment money mixed",
            "Operating and investment money are kept apart: an allocation is to be funded from an appropriation of the same kind.",
            "\"{purpose}\" ({kind}) is funded from {source} ({sourceKind})."),
        ["FIN-FINANSIERING-OKAND"] = new(
            "Unknown funding source",
            "Every allocation is to be funded from an appropriation the decision names.",
            "\"{purpose}\" is funded from {source}, which is not among the appropriations."),
        ["FIN-FORDELAT-OVER-AVSATT"] = new(
            "More allocated than set aside",
            "The allocations of one kind may not exceed the money set aside of that kind.",
            "Allocated {allocated} mnkr ({kind}) but set aside {setAside} mnkr."),
        ["FIN-OMRADE-OVER-INTERVALL"] = new(
            "Area above its range",
            "Operating money allocated to an area is to stay within the area's estimated cost range.",
            "The area \"{area}\" has been allocated {allocated} mnkr, more than its range {range}."),
        ["FIN-OMRADE-UNDER-INTERVALL"] = new(
            "Area below its range",
            "Once the distribution is complete every area is to have received at least its least estimate.",
            "The area \"{area}\" has been allocated {allocated} mnkr, less than its range {range}."),
        ["FIN-UPPFOLJNING-MISSAD"] = new(
            "Financial follow-up missed",
            "Follow-up is to be made in every period the decision's follow-up plan states (for example per tertial).",
            "No follow-up per {dueDate} (the period {period})."),
        ["FIN-UPPSKATTNING-OVER-AVSATT"] = new(
            "Estimate exceeds the money set aside",
            "The areas' least estimated costs together are to fit within the operating money set aside.",
            "The areas need at least {minimum} mnkr but {setAside} mnkr are set aside."),
        ["GILTIGHET-EJ-BORJAD"] = new(
            "Validity has not begun",
            "By its own validity the document is not yet valid on the as-of date.",
            "{caseNumber} is valid from {start}."),
        ["GILTIGHET-UPPHOR-SNART"] = new(
            "Validity ends soon",
            "A document whose validity ends soon needs to be renewed in time.",
            "{caseNumber} is valid to and including {end}: {daysLeft} {daysLeft|day|days} left."),
        ["GILTIGHET-UPPHORD"] = new(
            "Validity has ended",
            "By its own validity the document is no longer valid on the as-of date.",
            "{caseNumber} was valid to and including {end}."),
        ["IOP-FINANSIERING-SAKNAS"] = new(
            "IOP without financing",
            "IOP is not regulated in law, so its terms are what the partnership itself states; a proposal or agreement that does not state its financing lacks that term.",
            "The IOP with {partner} does not state its financing ({stage})."),
        ["IOP-GILTIGHETSTID-SAKNAS"] = new(
            "IOP without validity",
            "IOP is not regulated in law, so its terms are what the partnership itself states; a proposal or agreement that does not state its validity lacks that term.",
            "The IOP with {partner} does not state its validity ({stage})."),
        ["IOP-INNEHALL-SAKNAS"] = new(
            "IOP without content",
            "IOP is not regulated in law, so its terms are what the partnership itself states; a proposal or agreement that does not state its content lacks that term.",
            "The IOP with {partner} does not state its content ({stage})."),
        ["IOP-UPPFOLJNINGSANSVAR-SAKNAS"] = new(
            "IOP without follow-up responsibility",
            "IOP is not regulated in law, so its terms are what the partnership itself states; a proposal or agreement that does not state who follows it up lacks that term.",
            "The IOP with {partner} does not state its follow-up responsibility ({stage})."),
        ["KL-13-2-EJ-OVERKLAGBART"] = new(
            "Decision not appealable",
            "A committee's purely preparatory or purely executive decision cannot be appealed; it waits for no appeal period.",
            "§ {paragraph} is a committee's purely preparatory or executive decision and cannot be appealed by legality review."),
        ["KL-13-5-LAGA-KRAFT"] = new(
            "Legally final",
            "Derives the day the decisions become final: the day after the appeal period, if the notice stayed up throughout.",
            "The decisions become final on {from} unless appealed."),
        ["KL-13-5-LAGA-KRAFT-FOR-TIDIGT"] = new(
            "Final too early",
            "A decision becomes final only on the day after the appeal period.",
            "§ {paragraph} is marked final from {marked}; the earliest is {from}."),
        ["KL-13-5-LAGA-KRAFT-OVERKLAGAD"] = new(
            "Final while appealed",
            "A decision appealed in time does not become final when the appeal period ends.",
            "§ {paragraph} is marked final from {final} but an appeal was received on {appealed}."),
        ["KL-13-5-LAGA-KRAFT-PARAGRAF"] = new(
            "Paragraph legally final",
            "Derives when a paragraph's decision becomes final; an appeal in time prevents it, a late one does not.",
            "The decision in § {paragraph} becomes final on {from}."),
        ["KL-13-5-OVERKLAGANDE-FOR-SENT"] = new(
            "Appeal too late",
            "An appeal must arrive within three weeks of the notice; a later appeal is dismissed and does not stop the decision from becoming final.",
            "The appeal against § {paragraph} arrived on {received}, after the appeal period; it does not stop finality from {from}."),
        ["KL-13-5-OVERKLAGANDETID"] = new(
            "Appeal period",
            "Derives the last day of the appeal period: three weeks from the day the attestation was announced, moved to the next working day under Act (1930:173).",
            "The appeal period ends on {deadline}."),
        ["KL-4-27-RESERVATION-EJ-TJANSTGORANDE"] = new(
            "Dissent by someone not serving",
            "Only a member who took part in deciding a matter may dissent; someone who did not serve in the paragraph did not take part.",
            "{member} dissented in § {paragraph} but did not serve in that paragraph."),
        ["KL-4-27-RESERVATION-UTAN-DELTAGANDE"] = new(
            "Dissent without taking part",
            "Only a member who took part in deciding a matter may dissent from the decision.",
            "{member} dissented in § {paragraph} but did not take part in the decision."),
        ["KL-5-13-TILLKANNAGIVANDE-SENT"] = new(
            "Meeting announced late",
            "The council's meetings must be announced on the notice board, with time, place and matters, at least a week before the meeting day.",
            "The meeting on {meeting} was announced on {announced}; the deadline was {deadline}."),
        ["KL-5-14-BRADSKANDE-SENT"] = new(
            "Urgent matter announced late",
            "An urgent matter must be announced on the notice board by the weekday before the meeting day (Saturdays, Sundays and holidays are not weekdays here).",
            "The urgent matter of § {paragraph} was announced on {announced}; the deadline was {deadline}."),
        ["KL-5-15-KALLELSE-SEN"] = new(
            "Summoned late",
            "Every member and substitute of the council must be summoned at least a week before the meeting day; a committee summons as its rules of procedure say (a setting).",
            "The summons to the meeting on {meeting} was sent on {summoned}; the deadline was {deadline}."),
        ["KL-5-17-ERSATTARE-DUBBEL"] = new(
            "Two substitutes for one member",
            "A substitute serves in an absent member's place: one per member.",
            "Both {first} and {second} serve for {member} in the same paragraphs."),
        ["KL-5-17-ERSATTARE-FOR-NARVARANDE"] = new(
            "Substitute for a present member",
            "A substitute serves only in place of a member who cannot attend; in committees as the council has decided on substitutes' service.",
            "{substitute} serves for {member}, who serves in the same paragraphs."),
        ["KL-5-20-ATERINTRADE"] = new(
            "Member returned",
            "A council member who stopped serving for a reason other than disqualification may not serve again the same day.",
            "{member} served up to § {leftAfter} and again from § {returnedAt}, with no disqualification in between."),
        ["KL-5-50-ATERREMISS-UTAN-MOTIVERING"] = new(
            "Referral without reasons",
            "The reasons for a referral back are set by the members who demanded it.",
            "§ {paragraph} was referred back on a minority's demand without reasons."),
        ["KL-5-50-EXTRA-VAL-EJ-BORDLAGT"] = new(
            "Supplementary election not tabled",
            "A matter of a supplementary election must always be tabled the first time it is taken up.",
            "§ {paragraph}: a supplementary election was decided without first being tabled."),
        ["KL-5-50-MINORITETSKRAV-AVSLAGET"] = new(
            "Minority demand refused",
            "In the council a matter must be tabled or referred back when at least a third of the members present demand it, the first time and except for elections.",
            "{demanding} of {present} present demanded {kind} in § {paragraph}, but the matter was decided."),
        ["KL-5-50-MINORITETSRATT-FORBRUKAD"] = new(
            "Minority right already used",
            "Once a matter has been tabled or referred back on a minority's demand, a simple majority is required.",
            "§ {paragraph}: the matter was already tabled or referred back on a minority's demand; a majority is now required."),
        ["KL-5-52-EJ-TILLKANNAGIVET"] = new(
            "Unannounced matter decided",
            "The council may decide only matters that were announced; an urgent matter may be decided when all members present so decide.",
            "§ {paragraph} was decided without being announced and without all members present so deciding."),
        ["KL-5-56-LOTTNING-SAKNAS"] = new(
            "Drawing of lots missing",
            "In elections and employment matters equal votes are decided by drawing lots, not by the chair's casting vote.",
            "The vote in § {paragraph} (an election or employment) ended {yes}-{no} with no drawing of lots recorded."),
        ["KL-5-56-UTSLAGSROST-SAKNAS"] = new(
            "Casting vote missing",
            "At equal votes the chair has the casting vote (except in elections and employment, decided by lot); the protocol must show the result of the vote.",
            "The vote in § {paragraph} ended {yes}-{no} with no casting vote recorded."),
        ["KL-5-67-ATERREMISS-SOM-BESLUT"] = new(
            "Referral recorded as a decision",
            "The protocol must show which decisions were made; a referral back or tabling does not decide the matter.",
            "§ {paragraph}: the decision process adopts {kind} but the matter is recorded as decided."),
        ["KL-5-69-JUSTERING-SAKNAS"] = new(
            "Attestation missing",
            "After the attestation deadline the protocol must be attested.",
            "The protocol is not attested as of {asOf}; the deadline was {deadline}."),
        ["KL-5-69-JUSTERING-SEN"] = new(
            "Attested late",
            "The protocol must be attested within fourteen days of the meeting.",
            "The protocol was attested on {attested}; the deadline was {deadline}."),
        ["KL-5-69-JUSTERINGSFRIST"] = new(
            "Attestation deadline",
            "Derives the latest attestation day: fourteen days after the meeting, moved to the next working day under Act (1930:173).",
            "The protocol must be attested by {deadline}."),
        ["KL-6-27-BESLUTSFORHET"] = new(
            "Inquorate meeting",
            "A council or committee may deal with a matter only when more than half of its members are present; serving substitutes count. In a committee a member who left for disqualification is absent; in the council disqualification does not prevent the handling.",
            "§ {paragraph} was dealt with by {present} serving of {seats} seats; at least {required} are required."),
        ["KL-6-30-JAV-DELTOG"] = new(
            "Disqualified member took part",
            "A disqualified member may not take part in handling the matter (council: ch. 5 s. 47; committees: ch. 6 ss. 28-30).",
            "{member} is recorded as disqualified in § {paragraph} but took part in the decision."),
        ["KL-6-30-JAV-NARVARO"] = new(
            "Disqualified member present",
            "In a committee a disqualified member may neither take part nor be present during the handling (not for the council).",
            "{member} was disqualified in § {paragraph} but stayed present during the handling."),
        ["KL-6-38-EJ-DELEGERBART"] = new(
            "Matter that may not be delegated",
            "The power to decide may not be delegated in matters of the activity's goals, direction, scope or quality, submissions or statements to the council, exercise of public authority of a principled nature or greater importance, citizens' proposals, or matters that a statute keeps from delegation; this holds for delegation to elected members and to employees.",
            "{delegate} decided on {date} in the matter {matter} under delegation, but the matter concerns {kind} and may not be delegated."),
        ["KL-6-40-BRADSKANDE-EJ-ANMALT"] = new(
            "Urgent decision not reported",
            "A decision that the chair or an appointed member took on the committee's behalf in an urgent matter must be reported at the committee's next meeting.",
            "The urgent decision of {date} in the matter {matter} was not reported at the next meeting on {next}."),
        ["KL-8-10-DELEGATIONSBESLUT-ANSLAG-SAKNAS"] = new(
            "Delegated decision not announced",
            "A delegated decision that the committee decided is not to be reported to it is recorded separately when it can be appealed, and the notice board holds notices of such decisions; the appeal period runs only from the notice.",
            "The decision of {date} in the matter {matter} is not reported to the committee but has no notice on the notice board."),
        ["KL-8-12-ANSLAG-NEDTAGET-TIDIGT"] = new(
            "Notice removed early",
            "The notice may not be removed before the appeal period has ended and must be on the board throughout it; otherwise the period does not run out and the decisions do not become final.",
            "The notice was removed on {removed}, earliest {earliest} (the appeal period ends on {appealEnds}); the appeal period has not run out."),
        ["KL-8-12-ANSLAG-SAKNAS"] = new(
            "Notice missing",
            "The attestation must be announced on the notice board; without a notice the appeal period does not start.",
            "No notice of the attestation as of {asOf}; the deadline was {deadline}."),
        ["KL-8-12-ANSLAG-SEN"] = new(
            "Notice posted late",
            "The attestation must be announced on the notice board no later than the second day after it.",
            "The notice was posted on {posted}; the deadline was {deadline}."),
        ["KL-8-12-ANSLAGSFRIST"] = new(
            "Notice deadline",
            "Derives the latest day to announce the attestation on the notice board: the second day after it.",
            "The attestation must be announced by {deadline}."),
        ["ML-AKTIVITET-OKANT"] = new(
            "Activity for an unknown commitment",
            "Every recorded activity must belong to one of the promise's commitments.",
            "The activity on {date} belongs to commitment {commitment}, which the promise does not have."),
        ["ML-ATAGANDE-MISSAT"] = new(
            "Commitment missed",
            "The promise's commitments are to be met in every period the promise itself states (term, school year, year or the whole validity).",
            "Commitment {commitment} was not met in {period}: {counted} of {required}."),
        ["ML-ATAGANDE-RISK"] = new(
            "Commitment at risk",
            "A commitment lagging behind an even pace risks not being met in the period.",
            "Commitment {commitment} is behind in {period}: {counted} of {required} so far."),
        ["ML-BESLUT-SAKNAS"] = new(
            "Promise decision missing",
            "A promise valid from its decision date needs the decision (body and date) to have a validity.",
            "{caseNumber} is valid from its decision date, but no decision is recorded."),
        ["ML-OVERENSKOMMELSE-SAKNAS"] = new(
            "Agreement not in the portfolio",
            "A promise belongs to a cooperation agreement; without it the validities cannot be compared.",
            "{promise} belongs to agreement {agreement}, which is not in the portfolio."),
        ["ML-UTANFOR-OVERENSKOMMELSE"] = new(
            "Promise outside its agreement",
            "The promise is the public part of the cooperation agreement and should not be valid when the agreement is not.",
            "{promise} is valid {uncovered} when agreement {agreement} is not ({agreementValidity})."),
        ["PLAN-DELMAL-UTAN-INDIKATOR"] = new(
            "Sub-goal without indicator",
            "When the plan states that every sub-goal is measured by indicators, every sub-goal is to have at least one indicator.",
            "Sub-goal {number} \"{name}\" has no indicator."),
        ["PLAN-DELMAL-UTAN-INSATSER"] = new(
            "Sub-goal without activities",
            "When the plan states that every sub-goal has activities, every sub-goal is to have at least one activity.",
            "Sub-goal {number} \"{name}\" has no activities."),
        ["PLAN-INDIKATOR-UTAN-UPPFOLJNING"] = new(
            "Indicator without follow-up",
            "When the plan states that every indicator is followed up, every indicator is to have at least one follow-up method.",
            "The indicator \"{indicator}\" has no follow-up method."),
        ["PLAN-INSATS-EJ-TIDSATT"] = new(
            "Activity not time-bound",
            "When the plan states that its activities are time-bound, every activity is to have a time.",
            "The activity \"{activity}\" is not time-bound."),
        ["PLAN-INSATS-UTAN-ANSVARIG"] = new(
            "Activity without owner",
            "When the plan states that every activity has someone responsible, every activity is to name who is responsible.",
            "The activity \"{activity}\" has no owner."),
        ["PLAN-INSATS-UTANFOR-PLANPERIOD"] = new(
            "Activity outside the plan's span",
            "An activity is to be carried out within the plan's span.",
            "The activity \"{activity}\" ({period}) lies outside the plan's span {span}."),
        ["PLAN-UPPFOLJNING-MISSAD"] = new(
            "Follow-up missed",
            "A follow-up with a fixed cadence is to be recorded within every period of the plan's span; a period that ended without one is missed.",
            "The follow-up \"{method}\" for the period {period} was due by {dueDate}."),
        ["PLAN-UPPFOLJNING-UTAN-INTERVALL"] = new(
            "Follow-up without cadence",
            "When the plan states that follow-up is done at stated intervals, every follow-up method is to state how often it is done (e.g. an annual survey).",
            "The follow-up \"{method}\" does not state how often it is done."),
        ["PORTFOLJ-GLAPP"] = new(
            "Gap between agreements",
            "The agreements in the portfolio follow one another; days between two of them that none covers are a gap.",
            "No cooperation agreement covers {gap} ({days} {days|day|days}) between {before} and {after}."),
        ["PORTFOLJ-OVERLAPP"] = new(
            "Overlapping agreements",
            "Two cooperation agreements between the same parties should not be valid at the same time.",
            "{first} and {second} are both valid {overlap} ({days} {days|day|days})."),
        ["PROT-UPPDRAG-FORSENAT"] = new(
            "Assignment overdue",
            "An assignment the decision gives with a day to report back must be reported back by then (execution and reporting back of decisions).",
            "The assignment to {assignee} in § {paragraph} was to be reported back by {due} and is not reported back as of {asOf}."),
        ["RAD-MEDBORGARDIALOG-FOR-VAG"] = new(
            "Citizen dialogue: too vague to judge",
            "The council's duties apply from a day the report states only roughly; then it may be unclear whether a year is covered.",
            "The duties apply from {dutiesFrom}; that does not decide whether {year} is covered by the duty to hold a citizen dialogue."),
        ["RAD-MEDBORGARDIALOG-MISSAD"] = new(
            "Citizen dialogue missing",
            "When the report records the council's rules of procedure, the council is to hold a citizen dialogue every year.",
            "No citizen dialogue in {year}."),
        ["RAD-REDOGORELSE-FOR-VAG"] = new(
            "Report to the board: too vague to judge",
            "The council's duties apply from a day the report states only roughly; then it may be unclear whether a report was due.",
            "The duties apply from {dutiesFrom}; that does not decide whether a report as of {dueDate} was due."),
        ["RAD-REDOGORELSE-MISSAD"] = new(
            "Council report missing",
            "When the report records the council's rules of procedure, the council is to report to the executive board at the half-year and annual accounts.",
            "No report at the {occasion} per {dueDate}."),
        ["RULE-FINDINGS-CAPPED"] = new(
            "Too many findings from one rule",
            "A rule reported more findings than the limit per rule; those over the limit are not shown.",
            "Rule {ruleId} reported more than {max} findings; the rest are not shown."),
        ["RULE-NO-VERSION"] = new(
            "No rule version in force",
            "No version of a rule is in force on the evaluation date, so the rule was not applied.",
            "No version of rule {ruleId} is in force on {date}."),
        ["SOK-AVSTAMNING-KVARTAL"] = new(
            "Quarterly check-in missing",
            "Quarterly check-ins the agreement itself requires are to be recorded for every quarter.",
            "No quarterly check-in is recorded for {quarter}."),
        ["SOK-INSATSNUMMER"] = new(
            "Measure number out of place",
            "When the action plan numbers its measures \"A:N\", a number is to start with the number of the area the measure stands under and be unique within it.",
            "Measure {number} stands under area {area}; its number must be unique and start with {area}."),
        ["SOK-OMRADE-ATAGANDE-SAKNAS"] = new(
            "Party commitment missing in an area",
            "When the agreement states commitments per party in its areas, every area is to have commitments for both parties.",
            "Cooperation area {area} ({title}) has no commitment for {party}."),
        ["SOK-PART-SAKNAS"] = new(
            "Party missing",
            "Brå's handbook: a cooperation agreement is on cooperation between the municipality and the local police area; both are named as parties.",
            "{caseNumber} does not name {partyKind} as a party."),
        ["SOK-SYFTE-OMRADEN"] = new(
            "Purpose and areas must be stated",
            "An agreement on cooperation must state at least the purposes and the areas of the cooperation.",
            "{caseNumber} states {missing}."),
        ["SOK-SYFTE-OMRADEN-VAGLEDNING"] = new(
            "Purpose and areas should be stated",
            "Brå's handbook: a cooperation agreement describes the problems in focus, goals for the work, follow-up and the period; purpose and areas are the least (before Act 2023:196).",
            "{caseNumber} states {missing}."),
        ["SOK-UNDERTECKNARE-SAKNAS"] = new(
            "Signatory missing",
            "Brå's handbook: the head of the local police area and the chair of the executive board sign the agreement; this checks that someone signs for each party.",
            "{caseNumber} has no signatory for {partyKind}."),
        ["SOK-UPPFOLJNING-HALVTID"] = new(
            "Half-time follow-up missing",
            "An agreement that itself requires a follow-up at half-time is to be followed up around the middle of its validity.",
            "The half-time follow-up was due around {midpoint} (by {dueBy}) but none is recorded."),
        ["SOK-UPPFOLJNING-PERIODISK"] = new(
            "Periodic follow-up missing",
            "Follow-ups the agreement itself requires (per tertial, half-yearly, interim, yearly) are to be made for every period.",
            "The follow-up ({kind}) for {period} is not recorded (due by {dueBy})."),
        ["UTDRAG-BESTYRKANDE-EJ-REDOVISAT"] = new(
            "Extract certification not recorded",
            "A protocol extract is certified: someone attests that it agrees with the protocol, and when.",
            "The protocol extract does not record {part}."),
    };

    /// <summary>Words: enum values keyed "Type.Value" and report phrases keyed "Report.…".</summary>
    public static Dictionary<string, string> Words { get; } = new(StringComparer.Ordinal)
    {
        ["BasisKind.Law"] = "law",
        ["BasisKind.Document"] = "the document's own commitment",
        ["BasisKind.Guidance"] = "guidance",
        ["Severity.Error"] = "error",
        ["Severity.Warning"] = "warning",
        ["Severity.Info"] = "info",
        ["PartyKind.Municipality"] = "the municipality",
        ["PartyKind.LocalPoliceArea"] = "the local police area",
        ["FollowUpKind.Continuous"] = "continuous",
        ["FollowUpKind.Quarterly"] = "quarterly",
        ["FollowUpKind.Tertial"] = "per tertial",
        ["FollowUpKind.SemiAnnual"] = "half-yearly",
        ["FollowUpKind.Interim"] = "interim",
        ["FollowUpKind.HalfTime"] = "half-time",
        ["FollowUpKind.Yearly"] = "yearly",
        ["DelegatedMatterKind.Delegable"] = "a matter that may be delegated",
        ["DelegatedMatterKind.GoalsOrDirection"] = "the activity's goals, direction, scope or quality",
        ["DelegatedMatterKind.StatementToCouncil"] = "a submission or statement to the council",
        ["DelegatedMatterKind.MajorAuthorityExercise"] = "exercise of public authority of a principled nature or greater importance",
        ["DelegatedMatterKind.CitizenProposal"] = "a citizens' proposal",
        ["DelegatedMatterKind.ExcludedByLaw"] = "a matter that a statute keeps from delegation",
        ["MotionKind.Approval"] = "approval",
        ["MotionKind.Rejection"] = "rejection",
        ["MotionKind.Amendment"] = "amendment",
        ["MotionKind.Addition"] = "addition",
        ["MotionKind.Referral"] = "referral back",
        ["MotionKind.Tabling"] = "tabling",
        ["PartnershipStage.Investigation"] = "investigation",
        ["PartnershipStage.Proposal"] = "proposal",
        ["PartnershipStage.Agreement"] = "agreement",
        ["AppropriationKind.Operating"] = "operating",
        ["AppropriationKind.Investment"] = "investment",
        ["ReportingOccasion.HalfYearAccounts"] = "half-year accounts",
        ["ReportingOccasion.AnnualAccounts"] = "annual accounts",
        ["MissingContent.Purpose"] = "no purpose",
        ["MissingContent.Areas"] = "no cooperation areas",
        ["MissingContent.PurposeAndAreas"] = "neither a purpose nor cooperation areas",
        ["Report.Summary"] = "{kind} \"{title}\" as of {date}: {errors} {errors|error|errors}, {warnings} {warnings|warning|warnings}, {infos} info; {compliance}.",
        ["Report.Compliant"] = "lawful",
        ["Report.NotCompliant"] = "not lawful",
        ["Report.CommitmentsKept"] = "keeps its own commitments",
        ["Report.CommitmentsNotKept"] = "{count} of its own {count|commitment is|commitments are} not kept",
        ["Report.Basis"] = "Basis",
    };
}
