namespace Trygghet.Domain.Procedure.Facts;

/// <summary>Fakta: närvaro mot antal platser (attendance against all seats; only when the seats are known).</summary>
/// <param name="Serving">Members and serving substitutes present.</param>
/// <param name="Seats">All seats of the body.</param>
/// <param name="Body">The kind of body.</param>
/// <param name="Path">JSON path ("meeting").</param>
public sealed record Attendance(int Serving, int Seats, BodyKind Body, string Path)
{
    /// <summary>Tjänstgörande (members and serving substitutes present), not negative.</summary>
    public int Serving { get; init => field = Guard.Against.NegativeCount(value, nameof(Serving)); } = Guard.Against.NegativeCount(Serving, nameof(Serving));

    /// <summary>Platser (all seats of the body), at least one.</summary>
    public int Seats { get; init => field = Guard.Against.NegativeOrZero(value, nameof(Seats)); } = Guard.Against.NegativeOrZero(Seats, nameof(Seats));

    /// <summary>Beslutförhet (KL 5 kap. 45 §, 6 kap. 27 §): <c>Serving * 2 &gt; Seats</c>.</summary>
    public bool IsQuorate => Quorum.IsQuorate(Serving, Seats);
}

/// <summary>Fakta: en ledamot tjänstgör (a member serving at the meeting).</summary>
/// <param name="Name">The member's name.</param>
/// <param name="Path">JSON path ("meeting.members[2]").</param>
public sealed record MemberServing(string Name, string Path);

/// <summary>Fakta: en ersättare tjänstgör (a substitute serving, for whom if recorded).</summary>
/// <param name="Name">The substitute's name.</param>
/// <param name="ServingFor">The member replaced, or null.</param>
/// <param name="Path">JSON path ("meeting.servingSubstitutes[0]").</param>
public sealed record SubstituteServing(string Name, string? ServingFor, string Path);

/// <summary>Fakta: ett beslut i en paragraf (a paragraph's recorded outcome, with what the rules need about it).</summary>
/// <param name="Paragraph">The § number.</param>
/// <param name="Outcome">The recorded outcome.</param>
/// <param name="Body">The kind of body.</param>
/// <param name="OnMinorityDemand">Recorded as granted on a minority's demand.</param>
/// <param name="MinorityRightUsed">The matter was already tabled or referred on a minority's demand before.</param>
/// <param name="AdoptedMotion">The kind of motion the decision process adopted, or null.</param>
/// <param name="Path">JSON path ("paragraphs[1].decision").</param>
public sealed record ParagraphDecision(int Paragraph, DecisionOutcome Outcome, BodyKind Body, bool OnMinorityDemand, bool MinorityRightUsed, MotionKind? AdoptedMotion, string Path);

/// <summary>Fakta: yrkande om återremiss eller bordläggning (a demand to refer back or table).</summary>
/// <param name="Paragraph">The § number.</param>
/// <param name="Kind">Referral or tabling.</param>
/// <param name="Body">The kind of body.</param>
/// <param name="Demanding">Members present behind the demand (mover, those joining, those supporting by bifall).</param>
/// <param name="Present">Members present (serving substitutes included).</param>
/// <param name="MinorityRightUsed">The minority right was used on the matter before.</param>
/// <param name="IsElection">The matter is an election.</param>
/// <param name="HasReasons">The demand states its reasons (motivering).</param>
/// <param name="Path">JSON path ("paragraphs[1].motions[0]").</param>
public sealed record ReferralDemand(int Paragraph, MotionKind Kind, BodyKind Body, int Demanding, int Present, bool MinorityRightUsed, bool IsElection, bool HasReasons, string Path)
{
    /// <summary>Begärande (members present behind the demand), not negative.</summary>
    public int Demanding { get; init => field = Guard.Against.NegativeCount(value, nameof(Demanding)); } = Guard.Against.NegativeCount(Demanding, nameof(Demanding));

    /// <summary>Närvarande (members present), not negative; 0 when not recorded.</summary>
    public int Present { get; init => field = Guard.Against.NegativeCount(value, nameof(Present)); } = Guard.Against.NegativeCount(Present, nameof(Present));

    /// <summary>The pure evaluation of KL 5 kap. 50 § for this demand, or null when attendance is not recorded.</summary>
    public MinorityReferral? Evaluation => Present > 0 ? MinorityReferral.Evaluate(Body, Math.Min(Demanding, Present), Present, MinorityRightUsed, IsElection) : null;
}

/// <summary>Fakta: jäv antecknat (a member recorded as disqualified in a paragraph).</summary>
/// <param name="Paragraph">The § number.</param>
/// <param name="Name">The member's name.</param>
/// <param name="RemainedPresent">Recorded as present during the handling.</param>
/// <param name="Body">The kind of body.</param>
/// <param name="Path">JSON path ("paragraphs[1].disqualifications[0]").</param>
public sealed record DisqualifiedMember(int Paragraph, string Name, bool RemainedPresent, BodyKind Body, string Path);

/// <summary>Fakta: deltog i beslutet (a member recorded as taking part: by a ballot or in the list of participants).</summary>
/// <param name="Paragraph">The § number.</param>
/// <param name="Name">The member's name.</param>
/// <param name="Path">JSON path of the ballot or participant entry.</param>
public sealed record DecisionParticipant(int Paragraph, string Name, string Path);

/// <summary>Fakta: votering (a vote taken in a paragraph).</summary>
/// <param name="Paragraph">The § number.</param>
/// <param name="Yes">Yes votes.</param>
/// <param name="No">No votes.</param>
/// <param name="CastingVote">The chair's casting vote, or null.</param>
/// <param name="Path">JSON path ("paragraphs[1].decisionProcess.votations[0]").</param>
public sealed record VoteTaken(int Paragraph, int Yes, int No, VoteChoice? CastingVote, string Path)
{
    /// <summary>Lika röstetal (equal votes).</summary>
    public bool IsTie => Yes == No;
}

/// <summary>Fakta: deltar inte i beslutet (a member who declared not taking part in a paragraph's decision).</summary>
/// <param name="Paragraph">The § number.</param>
/// <param name="Name">The member's name.</param>
/// <param name="Path">JSON path ("paragraphs[1].decision.notTakingPart[0]").</param>
public sealed record NotTakingPart(int Paragraph, string Name, string Path);

/// <summary>Fakta: reservation (a dissent recorded against a paragraph's decision).</summary>
/// <param name="Paragraph">The § number.</param>
/// <param name="Name">Who dissented.</param>
/// <param name="Path">JSON path ("paragraphs[1].decision.dissents[0]").</param>
public sealed record DissentRecorded(int Paragraph, string Name, string Path);

/// <summary>Fakta: extra val (a supplementary election in fullmäktige, which must be tabled the first time it is taken up).</summary>
/// <param name="Paragraph">The § number.</param>
/// <param name="PreviouslyTabled">The matter's history shows an earlier tabling.</param>
/// <param name="Path">JSON path ("paragraphs[1]").</param>
public sealed record SupplementaryElection(int Paragraph, bool PreviouslyTabled, string Path);
