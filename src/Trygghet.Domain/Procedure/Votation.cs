namespace Trygghet.Domain.Procedure;

/// <summary>Röst (a member's vote in a votation).</summary>
public enum VoteChoice
{
    /// <summary>Ja (yes).</summary>
    Yes,

    /// <summary>Nej (no).</summary>
    No,

    /// <summary>Avstår (abstains; KL 4 kap. 25 §).</summary>
    Abstain,
}

/// <summary>Röstning av en ledamot (one member's ballot in an open votation).</summary>
/// <param name="Voter">Who voted.</param>
/// <param name="Choice">How.</param>
public sealed record Ballot(Person Voter, VoteChoice Choice)
{
    /// <summary>Who voted (never null).</summary>
    public Person Voter { get; } = Guard.Against.Null(Voter);
}

/// <summary>
/// Återremiss eller avgörande idag (a vote on whether the matter is decided today or referred back or tabled): the
/// usual way a protocol records a demand for återremiss. Those who vote for the deferral demand it (KL 5 kap. 50 §).
/// </summary>
/// <remarks>Equality compares both values.</remarks>
public sealed record DeferralQuestion
{
    /// <summary>Creates the question.</summary>
    /// <param name="kind">Återremiss or bordläggning (<see cref="MotionKind.Referral"/> or <see cref="MotionKind.Tabling"/>).</param>
    /// <param name="deferringChoice">
    /// The ballot that means deferral: protocols usually put "ja för avgörande idag, nej för återremiss", so
    /// <see cref="VoteChoice.No"/> by default.
    /// </param>
    /// <exception cref="ArgumentOutOfRangeException">The kind is not a referral or tabling, or the choice is an abstention.</exception>
    public DeferralQuestion(MotionKind kind, VoteChoice deferringChoice = VoteChoice.No)
    {
        if (kind is not (MotionKind.Referral or MotionKind.Tabling))
        {
            throw DomainGuards.OutOfRange(nameof(kind), kind, "En fråga om uppskov gäller återremiss eller bordläggning.", "A deferral question is about referral or tabling.");
        }

        if (deferringChoice is not (VoteChoice.Yes or VoteChoice.No))
        {
            throw DomainGuards.OutOfRange(nameof(deferringChoice), deferringChoice, "Man röstar för uppskov med ja eller nej, inte genom att avstå.", "Deferral is voted for with yes or no, not by abstaining.");
        }

        Kind = kind;
        DeferringChoice = deferringChoice;
    }

    /// <summary>Återremiss eller bordläggning (what the deferral is).</summary>
    public MotionKind Kind { get; }

    /// <summary>Röst för uppskov (the ballot that votes for the deferral).</summary>
    public VoteChoice DeferringChoice { get; }
}

/// <summary>Votering (an open vote, KL 5 kap. 54 §), recorded member by member as KL 5 kap. 67 § requires.</summary>
/// <param name="Question">Proposition (the question put, answerable yes or no, KL 5 kap. 53 §).</param>
public sealed record Votation(string Question)
{
    /// <summary>The question put (never empty).</summary>
    public string Question { get; } = string.IsNullOrWhiteSpace(Question)
        ? throw DomainGuards.Invalid(nameof(Question), "En votering behöver den fråga som ställdes.", "A votation needs the question that was put.")
        : Question;

    /// <summary>Röster (the ballots).</summary>
    public EquatableArray<Ballot> Ballots { get; init; }

    /// <summary>Utslagsröst (the chair's casting vote at equal votes, KL 5 kap. 56 § first sentence), or null.</summary>
    public VoteChoice? CastingVote { get; init; }

    /// <summary>
    /// Lottning (the side drawn by lot at equal votes in an election or an employment matter, KL 5 kap. 56 § second
    /// sentence), or null.
    /// </summary>
    public VoteChoice? DrawnByLot { get; init; }

    /// <summary>
    /// Återremiss eller avgörande idag (set when the question put was whether to defer the matter; those voting for
    /// the deferral demand it), or null for a vote on the matter itself.
    /// </summary>
    public DeferralQuestion? Deferral { get; init; }

    /// <summary>Antal ja (yes votes).</summary>
    public int Yes => Count(VoteChoice.Yes);

    /// <summary>Antal nej (no votes).</summary>
    public int No => Count(VoteChoice.No);

    /// <summary>Antal avstår (abstentions).</summary>
    public int Abstentions => Count(VoteChoice.Abstain);

    /// <summary>True when ballots are recorded and the yes and no votes are equal (lika röstetal); a vote with no ballots recorded is not a tie.</summary>
    public bool IsTie => Ballots.Count > 0 && Yes == No;

    /// <summary>
    /// Utfall (the outcome): the side with more votes (KL 5 kap. 55 §); at equal votes the casting vote, or the lot
    /// when one is recorded (5 kap. 56 §); null when neither is recorded or no ballots are.
    /// </summary>
    public VoteChoice? Outcome =>
        Yes > No ? VoteChoice.Yes
        : No > Yes ? VoteChoice.No
        : !IsTie ? null
        : DrawnByLot is VoteChoice.Yes or VoteChoice.No ? DrawnByLot
        : CastingVote is VoteChoice.Yes or VoteChoice.No ? CastingVote
        : null;

    /// <summary>The voters who voted for the deferral (empty when this is not a deferral question).</summary>
    /// <returns>The voters, in ballot order.</returns>
    public IEnumerable<Person> DeferringVoters()
    {
        if (Deferral is not { } deferral)
        {
            yield break;
        }

        foreach (var b in Ballots)
        {
            if (b.Choice == deferral.DeferringChoice)
            {
                yield return b.Voter;
            }
        }
    }

    private int Count(VoteChoice choice)
    {
        var n = 0;
        foreach (var b in Ballots)
        {
            if (b.Choice == choice)
            {
                n++;
            }
        }

        return n;
    }
}
