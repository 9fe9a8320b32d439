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
        ArgumentNullException.ThrowIfNull(protocol);
        return Enumerate(protocol);
    }

    private static IEnumerable<object> Enumerate(Protocol protocol)
    {
        var meeting = protocol.Meeting;
        var body = meeting.Body.Kind;
        yield return new MeetingHeld(ProtocolChain, meeting.Date, body, "meeting.date");
        // quorum is judged only when the seats are known and the protocol lists who served
        if (meeting.Body.Seats is { } seats && meeting.ServingCount > 0)
        {
            yield return new Attendance(meeting.ServingCount, seats, body, "meeting");
        }

        for (var i = 0; i < meeting.Members.Count; i++)
        {
            yield return new MemberServing(meeting.Members[i].Person.Name, $"meeting.members[{i}]");
        }

        for (var i = 0; i < meeting.ServingSubstitutes.Count; i++)
        {
            var s = meeting.ServingSubstitutes[i];
            yield return new SubstituteServing(s.Person.Name, s.ServingFor?.Name, $"meeting.servingSubstitutes[{i}]");
        }

        foreach (var fact in Notice(ProtocolChain, protocol.Attestation, protocol.Notice, "attestation.date", "notice"))
        {
            yield return fact;
        }

        for (var i = 0; i < protocol.Paragraphs.Count; i++)
        {
            foreach (var fact in Paragraph(protocol.Paragraphs[i], $"paragraphs[{i}]", meeting))
            {
                yield return fact;
            }
        }
    }

    private static IEnumerable<object> Notice(string chain, Attestation? attestation, Notice? notice, string attestationPath, string noticePath)
    {
        if (attestation is not null)
        {
            yield return new ProtocolAttested(chain, attestation.Date, attestationPath);
        }

        if (notice is not null)
        {
            yield return new NoticePosted(chain, notice.Posted, notice.Removed, $"{noticePath}.posted");
            if (notice.Removed is { } removed)
            {
                yield return new NoticeRemoved(chain, removed, $"{noticePath}.removed");
            }
        }
    }

    private static IEnumerable<object> Paragraph(Paragraph p, string path, Meeting meeting)
    {
        var body = meeting.Body.Kind;
        var chain = p.ImmediateAttestation is null ? ProtocolChain : path;
        if (p.ImmediateAttestation is not null)
        {
            foreach (var fact in Notice(chain, p.ImmediateAttestation, p.ImmediateNotice, $"{path}.immediateAttestation.date", $"{path}.immediateNotice"))
            {
                yield return fact;
            }
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
            yield return new ParagraphDecision(p.Number, decision.Outcome, body, decision.OnMinorityDemand, minorityUsed, adopted, $"{path}.decision");
            if (decision.Outcome == DecisionOutcome.Decided)
            {
                yield return new DecisionInChain(chain, p.Number, path);
            }

            for (var i = 0; i < decision.Participants.Count; i++)
            {
                yield return new DecisionParticipant(p.Number, decision.Participants[i].Name, $"{path}.decision.participants[{i}]");
            }

            for (var i = 0; i < decision.NotTakingPart.Count; i++)
            {
                yield return new NotTakingPart(p.Number, decision.NotTakingPart[i].Name, $"{path}.decision.notTakingPart[{i}]");
            }

            // a dissent shows that its author took part in the decision (KL 4 kap. 27 §)
            for (var i = 0; i < decision.Dissents.Count; i++)
            {
                var dissentPath = $"{path}.decision.dissents[{i}]";
                yield return new DissentRecorded(p.Number, decision.Dissents[i].By.Name, dissentPath);
                yield return new DecisionParticipant(p.Number, decision.Dissents[i].By.Name, dissentPath);
            }
        }

        for (var i = 0; i < p.Motions.Count; i++)
        {
            var motion = p.Motions[i];
            if (motion.Kind is MotionKind.Referral or MotionKind.Tabling)
            {
                yield return new ReferralDemand(
                    p.Number,
                    motion.Kind,
                    body,
                    Demanding(p, i),
                    meeting.ServingCount,
                    minorityUsed,
                    p.IsElection,
                    !string.IsNullOrWhiteSpace(motion.Reasons),
                    $"{path}.motions[{i}]");
            }
        }

        if (p.DecisionProcess is { } process)
        {
            for (var v = 0; v < process.Votations.Count; v++)
            {
                var votation = process.Votations[v];
                var votePath = $"{path}.decisionProcess.votations[{v}]";
                yield return new VoteTaken(p.Number, votation.Yes, votation.No, votation.CastingVote, votePath);
                for (var b = 0; b < votation.Ballots.Count; b++)
                {
                    yield return new DecisionParticipant(p.Number, votation.Ballots[b].Voter.Name, $"{votePath}.ballots[{b}]");
                }
            }
        }

        for (var i = 0; i < p.Disqualifications.Count; i++)
        {
            var d = p.Disqualifications[i];
            yield return new DisqualifiedMember(p.Number, d.Person.Name, d.RemainedPresent, body, $"{path}.disqualifications[{i}]");
        }

        for (var i = 0; i < p.Appeals.Count; i++)
        {
            yield return new AppealRecorded(p.Number, p.Appeals[i].Received, $"{path}.appeals[{i}]");
        }

        if (p.LegallyFinalFrom is { } final)
        {
            yield return new ParagraphMarkedFinal(p.Number, final, $"{path}.legallyFinalFrom");
        }
    }

    /// <summary>Members behind a demand: the mover, those who joined it, and the movers of approvals of it (distinct names).</summary>
    private static int Demanding(Paragraph p, int index)
    {
        var motion = p.Motions[index];
        var names = new HashSet<string>(StringComparer.Ordinal) { motion.MovedBy.Name };
        foreach (var s in motion.Supporters)
        {
            names.Add(s.Name);
        }

        foreach (var other in p.Motions)
        {
            if (other.Kind == MotionKind.Approval && other.Supports == index)
            {
                names.Add(other.MovedBy.Name);
            }
        }

        return names.Count;
    }
}
