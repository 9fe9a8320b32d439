using Trygghet.Domain.Rules;

namespace Trygghet.Domain.Procedure.Facts;

/// <summary>Fakta: sammanträdet hölls (a meeting took place; starts the main deadline chain).</summary>
/// <param name="ChainId">The deadline chain: "protocol" for the whole protocol.</param>
/// <param name="Date">The meeting date.</param>
/// <param name="Body">The kind of body.</param>
/// <param name="Path">JSON path of the meeting date ("$.meeting.date").</param>
public sealed record MeetingHeld(string ChainId, DateOnly Date, BodyKind Body, string Path) : IFact;

/// <summary>Fakta: protokollet (eller en paragraf) justerades (attested).</summary>
/// <param name="ChainId">"protocol", or "$.paragraphs[i]" for an omedelbart justerad paragraph.</param>
/// <param name="Date">The attestation day.</param>
/// <param name="Path">JSON path ("$.attestation.date", "$.paragraphs[1].immediateAttestation.date").</param>
public sealed record ProtocolAttested(string ChainId, DateOnly Date, string Path) : IFact, IChainStepDone;

/// <summary>Fakta: justeringen anslogs (the notice was posted).</summary>
/// <param name="ChainId">The deadline chain.</param>
/// <param name="Date">The posting day.</param>
/// <param name="Removed">The removal day, or null while up.</param>
/// <param name="Path">JSON path ("$.notice.posted").</param>
public sealed record NoticePosted(string ChainId, DateOnly Date, DateOnly? Removed, string Path) : IFact, IChainStepDone;

/// <summary>Fakta: anslaget togs ned (the notice was taken down).</summary>
/// <param name="ChainId">The deadline chain.</param>
/// <param name="Date">The removal day.</param>
/// <param name="Path">JSON path ("$.notice.removed").</param>
public sealed record NoticeRemoved(string ChainId, DateOnly Date, string Path) : IFact;

/// <summary>Fakta: ett beslut i en fristkedja (a decided paragraph covered by a chain's notice).</summary>
/// <param name="ChainId">The deadline chain.</param>
/// <param name="Paragraph">The § number.</param>
/// <param name="Path">JSON path ("$.paragraphs[0]").</param>
public sealed record DecisionInChain(string ChainId, int Paragraph, string Path) : IFact;

/// <summary>Fakta: överklagande registrerat (an appeal registered against a paragraph).</summary>
/// <param name="Paragraph">The § number.</param>
/// <param name="Received">The day it reached the court.</param>
/// <param name="Path">JSON path ("$.paragraphs[1].appeals[0]").</param>
public sealed record AppealRecorded(int Paragraph, DateOnly Received, string Path) : IFact;

/// <summary>Fakta: beslut som inte kan överklagas (a nämnd's purely preparatory or executive decision, KL 13 kap. 2 § 2).</summary>
/// <param name="Paragraph">The § number.</param>
/// <param name="Nature">Preparatory or executive.</param>
/// <param name="Path">JSON path ("$.paragraphs[1].decision.nature").</param>
public sealed record NonAppealableDecision(int Paragraph, DecisionNature Nature, string Path) : IFact;

/// <summary>Härlett: överklagandet kom in för sent (derived: an appeal received after the appeal period ran out; it is dismissed).</summary>
/// <param name="Paragraph">The § number.</param>
/// <param name="Received">The day it reached the court.</param>
/// <param name="Path">JSON path of the appeal ("$.paragraphs[1].appeals[0]").</param>
public sealed record LateAppeal(int Paragraph, DateOnly Received, string Path) : IFact;

/// <summary>Fakta: uppdrag i ett beslut (an assignment with a deadline).</summary>
/// <param name="Paragraph">The § number.</param>
/// <param name="Assignee">To whom.</param>
/// <param name="Due">The day by which it is to be reported back.</param>
/// <param name="ReportedBack">The day reported back, or null.</param>
/// <param name="Path">JSON path ("$.paragraphs[1].decision.assignments[0]").</param>
public sealed record AssignmentDue(int Paragraph, string Assignee, DateOnly Due, DateOnly? ReportedBack, string Path) : IFact;

/// <summary>Fakta: paragrafen markerad som laga kraft (a paragraph recorded as legally final).</summary>
/// <param name="Paragraph">The § number.</param>
/// <param name="From">The first day recorded as final.</param>
/// <param name="Path">JSON path ("$.paragraphs[1].legallyFinalFrom").</param>
public sealed record ParagraphMarkedFinal(int Paragraph, DateOnly From, string Path) : IFact;

/// <summary>Härlett: senaste justeringsdag (derived: the attestation deadline, KL 5 kap. 69 §).</summary>
/// <param name="ChainId">The deadline chain.</param>
/// <param name="Deadline">The deadline.</param>
/// <param name="Path">JSON path of the attestation ("$.attestation"), present or not.</param>
public sealed record AttestationDeadline(string ChainId, Deadline Deadline, string Path) : IFact, IChainStepDeadline;

/// <summary>Härlett: senaste anslagsdag (derived: the notice deadline, KL 8 kap. 12 §).</summary>
/// <param name="ChainId">The deadline chain.</param>
/// <param name="Deadline">The deadline.</param>
/// <param name="Path">JSON path of the notice ("$.notice", "$.paragraphs[1].immediateNotice"), present or not.</param>
public sealed record NoticeDeadline(string ChainId, Deadline Deadline, string Path) : IFact, IChainStepDeadline;

/// <summary>Härlett: överklagandetidens sista dag (derived: the end of the appeal period, KL 13 kap. 5 §).</summary>
/// <param name="ChainId">The deadline chain.</param>
/// <param name="Deadline">The last day of the appeal period.</param>
/// <param name="Removed">The day the notice came down, or null.</param>
/// <param name="Path">JSON path of the notice ("$.notice").</param>
public sealed record AppealPeriodEnd(string ChainId, Deadline Deadline, DateOnly? Removed, string Path) : IFact;

/// <summary>Härlett: laga kraft från (derived: the chain's decisions are final from this day unless appealed).</summary>
/// <param name="ChainId">The deadline chain.</param>
/// <param name="From">The first final day.</param>
/// <param name="Path">JSON path of the notice ("$.notice").</param>
public sealed record LegallyFinalFrom(string ChainId, DateOnly From, string Path) : IFact;

/// <summary>Härlett: paragrafens beslut har vunnit laga kraft (derived: a paragraph's decision is final from a day).</summary>
/// <param name="Paragraph">The § number.</param>
/// <param name="From">The first final day.</param>
/// <param name="Path">JSON path of the paragraph.</param>
public sealed record ParagraphLegallyFinal(int Paragraph, DateOnly From, string Path) : IFact;
