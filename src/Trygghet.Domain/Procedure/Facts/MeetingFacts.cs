using Trygghet.Domain.Rules;

namespace Trygghet.Domain.Procedure.Facts;

/// <summary>
/// Fakta: närvaro mot antal platser i en paragraf (attendance against all seats when a matter was dealt with; only
/// when the seats are known and the protocol lists who served).
/// </summary>
/// <param name="Paragraph">The § number.</param>
/// <param name="Serving">
/// Members and serving substitutes present for the matter: in a nämnd without members who left for jäv (KL 6 kap. 27
/// and 30 §§), in fullmäktige with them (5 kap. 46 §).
/// </param>
/// <param name="Seats">All seats of the body.</param>
/// <param name="Body">The kind of body.</param>
/// <param name="Path">JSON path of the paragraph's decision ("$.paragraphs[1].decision").</param>
public sealed record Attendance(int Paragraph, int Serving, int Seats, BodyKind Body, string Path) : IFact
{
    /// <summary>Tjänstgörande (members and serving substitutes present), not negative.</summary>
    public int Serving { get; init => field = Guard.Against.NegativeCount(value, nameof(Serving)); } = Guard.Against.NegativeCount(Serving, nameof(Serving));

    /// <summary>Platser (all seats of the body), at least one.</summary>
    public int Seats { get; init => field = Guard.Against.NegativeOrZero(value, nameof(Seats)); } = Guard.Against.NegativeOrZero(Seats, nameof(Seats));
}

/// <summary>Fakta: en ledamot tjänstgör (a member serving at the meeting).</summary>
/// <param name="Name">The member's name.</param>
/// <param name="Paragraphs">The paragraphs served (jäv excluded), or null for a protocol without paragraphs (the whole meeting).</param>
/// <param name="Path">JSON path ("$.meeting.members[2]").</param>
public sealed record MemberServing(string Name, EquatableArray<int>? Paragraphs, string Path) : IFact;

/// <summary>Fakta: en ersättare tjänstgör (a substitute serving, for whom if recorded).</summary>
/// <param name="Name">The substitute's name.</param>
/// <param name="ServingFor">The member replaced, or null.</param>
/// <param name="Paragraphs">The paragraphs served (jäv excluded), or null for a protocol without paragraphs (the whole meeting).</param>
/// <param name="Path">JSON path ("$.meeting.servingSubstitutes[0]").</param>
public sealed record SubstituteServing(string Name, string? ServingFor, EquatableArray<int>? Paragraphs, string Path) : IFact;

/// <summary>Fakta: tjänstgör i paragrafen (a member or substitute serving when a paragraph was dealt with).</summary>
/// <param name="Paragraph">The § number.</param>
/// <param name="Name">Who served.</param>
/// <param name="Path">JSON path of the paragraph ("$.paragraphs[1]").</param>
public sealed record ServingInParagraph(int Paragraph, string Name, string Path) : IFact;

/// <summary>Fakta: en ledamot återkom (a member served again after a break in service that jäv does not explain).</summary>
/// <param name="Name">The member's name.</param>
/// <param name="LeftAfter">The last paragraph served before the break.</param>
/// <param name="ReturnedAt">The paragraph where the member served again.</param>
/// <param name="Body">The kind of body.</param>
/// <param name="Path">JSON path ("$.meeting.members[2]").</param>
public sealed record MemberReturned(string Name, int LeftAfter, int ReturnedAt, BodyKind Body, string Path) : IFact;

/// <summary>Tjänstgöringens överlapp (whether two people's service overlaps).</summary>
public static class ServiceOverlap
{
    /// <summary>True when both served in a common paragraph; null lists mean the whole meeting.</summary>
    /// <param name="first">The paragraphs one served in, or null for the whole meeting.</param>
    /// <param name="second">The paragraphs the other served in, or null for the whole meeting.</param>
    /// <returns>True when they overlap.</returns>
    public static bool Overlaps(EquatableArray<int>? first, EquatableArray<int>? second)
    {
        if (first is not { } a || second is not { } b)
        {
            return true;
        }

        foreach (var n in a)
        {
            if (b.Items.Contains(n))
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>Fakta: ett beslut i en paragraf (a paragraph's recorded outcome, with what the rules need about it).</summary>
/// <param name="Paragraph">The § number.</param>
/// <param name="Outcome">The recorded outcome.</param>
/// <param name="Body">The kind of body.</param>
/// <param name="OnMinorityDemand">Recorded as granted on a minority's demand.</param>
/// <param name="MinorityRightUsed">The matter was already tabled or referred on a minority's demand before.</param>
/// <param name="AdoptedMotion">The kind of motion the decision process adopted, or null.</param>
/// <param name="Path">JSON path ("$.paragraphs[1].decision").</param>
public sealed record ParagraphDecision(int Paragraph, DecisionOutcome Outcome, BodyKind Body, bool OnMinorityDemand, bool MinorityRightUsed, MotionKind? AdoptedMotion, string Path) : IFact;

/// <summary>Fakta: yrkande om återremiss eller bordläggning (a demand to refer back or table).</summary>
/// <param name="Paragraph">The § number.</param>
/// <param name="Kind">Referral or tabling.</param>
/// <param name="Body">The kind of body.</param>
/// <param name="Demanding">Members present behind the demand (mover, those joining, those supporting by bifall).</param>
/// <param name="Present">Members present (serving substitutes included).</param>
/// <param name="MinorityRightUsed">The minority right was used on the matter before.</param>
/// <param name="IsElection">The matter is an election.</param>
/// <param name="HasReasons">The demand states its reasons (motivering).</param>
/// <param name="Path">JSON path ("$.paragraphs[1].motions[0]").</param>
public sealed record ReferralDemand(int Paragraph, MotionKind Kind, BodyKind Body, int Demanding, int Present, bool MinorityRightUsed, bool IsElection, bool HasReasons, string Path) : IFact
{
    /// <summary>Begärande (members present behind the demand), not negative.</summary>
    public int Demanding { get; init => field = Guard.Against.NegativeCount(value, nameof(Demanding)); } = Guard.Against.NegativeCount(Demanding, nameof(Demanding));

    /// <summary>Närvarande (members present), not negative; 0 when not recorded.</summary>
    public int Present { get; init => field = Guard.Against.NegativeCount(value, nameof(Present)); } = Guard.Against.NegativeCount(Present, nameof(Present));
}

/// <summary>Fakta: jäv antecknat (a member recorded as disqualified in a paragraph).</summary>
/// <param name="Paragraph">The § number.</param>
/// <param name="Name">The member's name.</param>
/// <param name="RemainedPresent">Recorded as present during the handling.</param>
/// <param name="Body">The kind of body.</param>
/// <param name="Path">JSON path ("$.paragraphs[1].disqualifications[0]").</param>
public sealed record DisqualifiedMember(int Paragraph, string Name, bool RemainedPresent, BodyKind Body, string Path) : IFact;

/// <summary>Fakta: deltog i beslutet (a member recorded as taking part: by a ballot or in the list of participants).</summary>
/// <param name="Paragraph">The § number.</param>
/// <param name="Name">The member's name.</param>
/// <param name="Path">JSON path of the ballot or participant entry.</param>
public sealed record DecisionParticipant(int Paragraph, string Name, string Path) : IFact;

/// <summary>Fakta: votering (a vote taken in a paragraph).</summary>
/// <param name="Paragraph">The § number.</param>
/// <param name="Yes">Yes votes.</param>
/// <param name="No">No votes.</param>
/// <param name="IsTie">Lika röstetal: ballots are recorded and yes and no are equal (no ballots is not a tie).</param>
/// <param name="CastingVote">The chair's casting vote, or null.</param>
/// <param name="ByLot">The matter is an election or employment: a tie is decided by lot (KL 5 kap. 56 § second sentence).</param>
/// <param name="DrawnByLot">The side drawn by lot, or null.</param>
/// <param name="Path">JSON path ("$.paragraphs[1].decisionProcess.votations[0]").</param>
public sealed record VoteTaken(int Paragraph, int Yes, int No, bool IsTie, VoteChoice? CastingVote, bool ByLot, VoteChoice? DrawnByLot, string Path) : IFact;

/// <summary>Fakta: deltar inte i beslutet (a member who declared not taking part in a paragraph's decision).</summary>
/// <param name="Paragraph">The § number.</param>
/// <param name="Name">The member's name.</param>
/// <param name="Path">JSON path ("$.paragraphs[1].decision.notTakingPart[0]").</param>
public sealed record NotTakingPart(int Paragraph, string Name, string Path) : IFact;

/// <summary>Fakta: reservation (a dissent recorded against a paragraph's decision).</summary>
/// <param name="Paragraph">The § number.</param>
/// <param name="Name">Who dissented.</param>
/// <param name="Path">JSON path ("$.paragraphs[1].decision.dissents[0]").</param>
public sealed record DissentRecorded(int Paragraph, string Name, string Path) : IFact;

/// <summary>Fakta: extra val (a supplementary election in fullmäktige, which must be tabled the first time it is taken up).</summary>
/// <param name="Paragraph">The § number.</param>
/// <param name="PreviouslyTabled">The matter's history shows an earlier tabling.</param>
/// <param name="Path">JSON path ("$.paragraphs[1]").</param>
public sealed record SupplementaryElection(int Paragraph, bool PreviouslyTabled, string Path) : IFact;

/// <summary>Fakta: kungörelse av sammanträdet (when a meeting was announced on the notice board or its members summoned).</summary>
/// <param name="Kind">What was done: announcement on the notice board (KL 5 kap. 13 §) or kallelse (5 kap. 15 §).</param>
/// <param name="Date">The day it was done.</param>
/// <param name="Meeting">The meeting date.</param>
/// <param name="Body">The kind of body.</param>
/// <param name="Path">JSON path ("$.meeting.announced", "$.meeting.summoned").</param>
public sealed record MeetingNotice(MeetingNoticeKind Kind, DateOnly Date, DateOnly Meeting, BodyKind Body, string Path) : IFact;

/// <summary>Slag av kungörelse (announcement or summons).</summary>
public enum MeetingNoticeKind
{
    /// <summary>Tillkännagivande på anslagstavlan (KL 5 kap. 13 §).</summary>
    Announcement,

    /// <summary>Kallelse till ledamöter och ersättare (KL 5 kap. 15 §).</summary>
    Summons,
}

/// <summary>Fakta: ärendets tillkännagivande (how a paragraph's matter was announced, when not with the meeting).</summary>
/// <param name="Paragraph">The § number.</param>
/// <param name="UrgentlyAnnounced">The day it was announced as urgent (KL 5 kap. 14 §), or null.</param>
/// <param name="NotAnnounced">Taken up without announcement.</param>
/// <param name="DecidedByAllPresent">All members present decided to deal with it (5 kap. 52 §).</param>
/// <param name="Meeting">The meeting date.</param>
/// <param name="Body">The kind of body.</param>
/// <param name="Path">JSON path ("$.paragraphs[1]").</param>
public sealed record MatterAnnouncement(int Paragraph, DateOnly? UrgentlyAnnounced, bool NotAnnounced, bool DecidedByAllPresent, DateOnly Meeting, BodyKind Body, string Path) : IFact;
