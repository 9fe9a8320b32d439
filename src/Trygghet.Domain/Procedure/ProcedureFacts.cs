using Trygghet.Domain.Procedure.Facts;

namespace Trygghet.Domain.Procedure;

/// <summary>
/// Fakta ur ett protokoll (turns a protocol into the facts the procedure rules match), each with the JSON path of the
/// part it is about. Deadlines are not facts here: the rules derive them, using <see cref="ProcedureDeadlines"/>.
/// </summary>
internal static class ProcedureFacts
{
    /// <summary>The chain id of the protocol's own attestation and notice.</summary>
    public const string ProtocolChain = "protocol";

    /// <summary>The facts of a protocol.</summary>
    /// <param name="protocol">The protocol.</param>
    /// <returns>The facts, in document order.</returns>
    public static IEnumerable<object> From(Protocol protocol)
    {
        Guard.Against.Null(protocol);
        return Enumerate(protocol, wholeRecord: true);
    }

    /// <summary>
    /// The facts of a protocol extract: those of its paragraphs, and of the deadline chain only as far as the extract
    /// records it. What an extract does not show is not missing from the protocol, so a chain step the extract leaves
    /// out is never judged: the anslag alone starts the appeal period, the justering counts only with its anslag
    /// (else the missing anslag would be judged), and the meeting starts the attestation deadline only then.
    /// </summary>
    /// <param name="extract">The extract.</param>
    /// <returns>The facts, in document order.</returns>
    public static IEnumerable<object> From(ProtocolExtract extract)
    {
        Guard.Against.Null(extract);
        return Enumerate(extract.AsProtocol(), wholeRecord: false);
    }

    private static IEnumerable<object> Enumerate(Protocol protocol, bool wholeRecord)
    {
        var meeting = protocol.Meeting;
        var body = meeting.Body.Kind;
        if (wholeRecord || (protocol.Attestation is not null && protocol.Notice is not null))
        {
            yield return new MeetingHeld(ProtocolChain, meeting.Date, body, MeetingPath("date"));
        }
        if (meeting.Announced is { } announced)
        {
            yield return new MeetingNotice(MeetingNoticeKind.Announcement, announced, meeting.Date, body, MeetingPath("announced"));
        }

        if (meeting.Summoned is { } summoned)
        {
            yield return new MeetingNotice(MeetingNoticeKind.Summons, summoned, meeting.Date, body, MeetingPath("summoned"));
        }

        for (var i = 0; i < meeting.Members.Count; i++)
        {
            var m = meeting.Members[i];
            var path = JsonPath.Item(MeetingPath(), "members", i);
            var served = Served(protocol, m.Person);
            yield return new MemberServing(m.Person.Name, served, path);
            if (Return(protocol, m.Person, served) is { } back)
            {
                yield return new MemberReturned(m.Person.Name, back.LeftAfter, back.ReturnedAt, body, path);
            }
        }

        for (var i = 0; i < meeting.ServingSubstitutes.Count; i++)
        {
            var s = meeting.ServingSubstitutes[i];
            yield return new SubstituteServing(s.Person.Name, s.ServingFor?.Name, Served(protocol, s.Person), JsonPath.Item(MeetingPath(), "servingSubstitutes", i));
        }

        foreach (var fact in Notice(ProtocolChain, protocol.Attestation, protocol.Notice, JsonPath.Member(Top("attestation"), "date"), Top("notice"), wholeRecord))
        {
            yield return fact;
        }

        for (var i = 0; i < protocol.Paragraphs.Count; i++)
        {
            foreach (var fact in Paragraph(protocol.Paragraphs[i], JsonPath.Item(JsonPath.Root, "paragraphs", i), meeting, wholeRecord))
            {
                yield return fact;
            }
        }
    }

    private static IEnumerable<object> Notice(string chain, Attestation? attestation, Notice? notice, string attestationPath, string noticePath, bool wholeRecord)
    {
        if (attestation is not null && (wholeRecord || notice is not null))
        {
            yield return new ProtocolAttested(chain, attestation.Date, attestationPath);
        }

        if (notice is not null)
        {
            yield return new NoticePosted(chain, notice.Posted, notice.Removed, JsonPath.Member(noticePath, "posted"));
            if (notice.Removed is { } removed)
            {
                yield return new NoticeRemoved(chain, removed, JsonPath.Member(noticePath, "removed"));
            }
        }
    }

    private static IEnumerable<object> Paragraph(Paragraph p, string path, Meeting meeting, bool wholeRecord)
    {
        var body = meeting.Body.Kind;
        var serving = Service.ServingIn(meeting, p);
        // who served is judged only when the protocol lists its members; quorum only when the seats are known as well
        if (meeting.Members.Count > 0)
        {
            foreach (var person in serving)
            {
                yield return new ServingInParagraph(p.Number, person.Name, path);
            }

            if (meeting.Body.Seats is { } seats && p.Decision is { Outcome: not DecisionOutcome.Noted })
            {
                yield return new Attendance(p.Number, Service.QuorumCount(meeting, p), seats, body, JsonPath.Member(path, "decision"));
            }
        }

        var chain = p.ImmediateAttestation is null ? ProtocolChain : path;
        if (p.ImmediateAttestation is not null)
        {
            foreach (var fact in Notice(chain, p.ImmediateAttestation, p.ImmediateNotice, JsonPath.Member(JsonPath.Member(path, "immediateAttestation"), "date"), JsonPath.Member(path, "immediateNotice"), wholeRecord))
            {
                yield return fact;
            }
        }

        if (p.AnnouncedUrgently is not null || p.NotAnnounced)
        {
            yield return new MatterAnnouncement(p.Number, p.AnnouncedUrgently, p.NotAnnounced, p.DecidedByAllPresent, meeting.Date, body, path);
        }

        var minorityUsed = p.Matter?.MinorityRightUsed ?? false;
        if (p.IsSupplementaryElection && body == BodyKind.Council)
        {
            var tabled = p.Matter?.History.Any(e => e.Kind == MatterEventKind.Tabled) ?? false;
            yield return new SupplementaryElection(p.Number, tabled, path);
        }

        if (p.Decision is { } decision)
        {
            MotionKind? adopted = p.DecisionProcess?.AdoptedMotion is { } index && index >= 0 && index < p.Motions.Count ? p.Motions[index].Kind : null;
            yield return new ParagraphDecision(p.Number, decision.Outcome, body, decision.OnMinorityDemand, minorityUsed, adopted, JsonPath.Member(path, "decision"));
            if (decision.Outcome == DecisionOutcome.Decided)
            {
                // a nämnd's purely preparatory or executive decision cannot be appealed (KL 13 kap. 2 § 2): it waits for no appeal period
                if (body != BodyKind.Council && decision.Nature != DecisionNature.Ordinary)
                {
                    yield return new NonAppealableDecision(p.Number, decision.Nature, JsonPath.Member(JsonPath.Member(path, "decision"), "nature"));
                }
                else
                {
                    yield return new DecisionInChain(chain, p.Number, path);
                }
            }

            for (var i = 0; i < decision.Assignments.Count; i++)
            {
                var a = decision.Assignments[i];
                if (a.Due is { } due)
                {
                    yield return new AssignmentDue(p.Number, a.Assignee, due, a.ReportedBack, JsonPath.Item(JsonPath.Member(path, "decision"), "assignments", i));
                }
            }

            for (var i = 0; i < decision.Participants.Count; i++)
            {
                yield return new DecisionParticipant(p.Number, decision.Participants[i].Name, JsonPath.Item(JsonPath.Member(path, "decision"), "participants", i));
            }

            for (var i = 0; i < decision.NotTakingPart.Count; i++)
            {
                yield return new NotTakingPart(p.Number, decision.NotTakingPart[i].Name, JsonPath.Item(JsonPath.Member(path, "decision"), "notTakingPart", i));
            }

            // a dissent shows that its author took part in the decision (KL 4 kap. 27 §)
            for (var i = 0; i < decision.Dissents.Count; i++)
            {
                var dissentPath = JsonPath.Item(JsonPath.Member(path, "decision"), "dissents", i);
                yield return new DissentRecorded(p.Number, decision.Dissents[i].By.Name, dissentPath);
                yield return new DecisionParticipant(p.Number, decision.Dissents[i].By.Name, dissentPath);
            }
        }

        foreach (var kind in DeferralKinds)
        {
            if (Demand(p, kind, path) is { } demand)
            {
                yield return new ReferralDemand(
                    p.Number,
                    kind,
                    body,
                    demand.Demanding,
                    serving.Count,
                    minorityUsed,
                    p.IsElection,
                    demand.HasReasons,
                    demand.Path);
            }
        }

        if (p.DecisionProcess is { } process)
        {
            for (var v = 0; v < process.Votations.Count; v++)
            {
                var votation = process.Votations[v];
                var votePath = JsonPath.Item(JsonPath.Member(path, "decisionProcess"), "votations", v);
                yield return new VoteTaken(p.Number, votation.Yes, votation.No, votation.IsTie, votation.CastingVote, p.IsElection || p.IsEmployment, votation.DrawnByLot, votePath);
                for (var b = 0; b < votation.Ballots.Count; b++)
                {
                    yield return new DecisionParticipant(p.Number, votation.Ballots[b].Voter.Name, JsonPath.Item(votePath, "ballots", b));
                }
            }
        }

        for (var i = 0; i < p.Disqualifications.Count; i++)
        {
            var d = p.Disqualifications[i];
            yield return new DisqualifiedMember(p.Number, d.Person.Name, d.RemainedPresent, body, JsonPath.Item(path, "disqualifications", i));
        }

        for (var i = 0; i < p.Appeals.Count; i++)
        {
            yield return new AppealRecorded(p.Number, p.Appeals[i].Received, JsonPath.Item(path, "appeals", i));
        }

        if (p.LegallyFinalFrom is { } final)
        {
            yield return new ParagraphMarkedFinal(p.Number, final, JsonPath.Member(path, "legallyFinalFrom"));
        }
    }

    /// <summary>The paragraphs a person served in, in protocol order; null for a protocol without paragraphs (the whole meeting).</summary>
    private static EquatableArray<int>? Served(Protocol protocol, Person person)
    {
        if (protocol.Paragraphs.Count == 0)
        {
            return null;
        }

        var served = new List<int>();
        foreach (var p in protocol.Paragraphs)
        {
            foreach (var s in Service.ServingIn(protocol.Meeting, p))
            {
                if (s.IsSamePerson(person))
                {
                    served.Add(p.Number);
                    break;
                }
            }
        }

        return served.ToEquatableArray();
    }

    /// <summary>
    /// The first return of a member after a break in service that jäv does not explain (KL 5 kap. 20 §): the member
    /// served, then did not serve in a paragraph where not disqualified, then served again. Null when there is none.
    /// </summary>
    private static (int LeftAfter, int ReturnedAt)? Return(Protocol protocol, Person person, EquatableArray<int>? served)
    {
        if (served is not { } numbers)
        {
            return null;
        }

        int? lastServed = null;
        var leftForOtherReason = false;
        foreach (var p in protocol.Paragraphs)
        {
            if (numbers.Items.Contains(p.Number))
            {
                if (leftForOtherReason)
                {
                    return (lastServed!.Value, p.Number);
                }

                lastServed = p.Number;
            }
            else if (lastServed is not null && !Service.IsDisqualified(p, person))
            {
                leftForOtherReason = true;
            }
        }

        return null;
    }

    private static string Top(string name) => JsonPath.Member(JsonPath.Root, name);

    private static string MeetingPath() => Top("meeting");

    private static string MeetingPath(string name) => JsonPath.Member(MeetingPath(), name);

    private static readonly MotionKind[] DeferralKinds = [MotionKind.Referral, MotionKind.Tabling];

    /// <summary>
    /// The members behind a demand for referral or tabling in a paragraph, counted once each however the protocol
    /// records them (KL 5 kap. 50 §): movers of such motions, those who joined them, movers of approvals of them, and
    /// those who voted for deferral in an "återremiss eller avgörande idag" vote. Null when nobody demanded it.
    /// </summary>
    private static (int Demanding, bool HasReasons, string Path)? Demand(Paragraph p, MotionKind kind, string path)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        string? first = null;
        var hasReasons = false;
        for (var i = 0; i < p.Motions.Count; i++)
        {
            var motion = p.Motions[i];
            if (motion.Kind != kind)
            {
                continue;
            }

            first ??= JsonPath.Item(path, "motions", i);
            hasReasons |= !string.IsNullOrWhiteSpace(motion.Reasons);
            names.Add(motion.MovedBy.Name);
            foreach (var s in motion.Supporters)
            {
                names.Add(s.Name);
            }

            foreach (var other in p.Motions)
            {
                if (other.Kind == MotionKind.Approval && other.Supports == i)
                {
                    names.Add(other.MovedBy.Name);
                }
            }
        }

        var votations = p.DecisionProcess?.Votations ?? default;
        for (var v = 0; v < votations.Count; v++)
        {
            if (votations[v].Deferral?.Kind != kind)
            {
                continue;
            }

            first ??= JsonPath.Item(JsonPath.Member(path, "decisionProcess"), "votations", v);
            foreach (var voter in votations[v].DeferringVoters())
            {
                names.Add(voter.Name);
            }
        }

        return first is null || names.Count == 0 ? null : (names.Count, hasReasons, first);
    }
}
