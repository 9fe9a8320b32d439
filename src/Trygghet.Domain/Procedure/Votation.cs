using Trygghet.Domain.Common;

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
    public Person Voter { get; } = Voter ?? throw new ArgumentNullException(nameof(Voter));
}

/// <summary>Votering (an open vote, KL 5 kap. 54 §), recorded member by member as KL 5 kap. 67 § requires.</summary>
/// <param name="Question">Proposition (the question put, answerable yes or no, KL 5 kap. 53 §).</param>
public sealed record Votation(string Question)
{
    /// <summary>The question put (never empty).</summary>
    public string Question { get; } = string.IsNullOrWhiteSpace(Question)
        ? throw new ArgumentException("A votation needs the question that was put.", nameof(Question))
        : Question;

    /// <summary>Röster (the ballots).</summary>
    public EquatableArray<Ballot> Ballots { get; init; }

    /// <summary>Utslagsröst (the chair's casting vote at equal votes, KL 5 kap. 56 §), or null.</summary>
    public VoteChoice? CastingVote { get; init; }

    /// <summary>Antal ja (yes votes).</summary>
    public int Yes => Count(VoteChoice.Yes);

    /// <summary>Antal nej (no votes).</summary>
    public int No => Count(VoteChoice.No);

    /// <summary>Antal avstår (abstentions).</summary>
    public int Abstentions => Count(VoteChoice.Abstain);

    /// <summary>True when yes and no votes are equal (lika röstetal).</summary>
    public bool IsTie => Yes == No;

    /// <summary>
    /// Utfall (the outcome): the side with more votes (KL 5 kap. 55 §); at equal votes the casting vote
    /// (5 kap. 56 §), or null when none is recorded.
    /// </summary>
    public VoteChoice? Outcome => Yes > No ? VoteChoice.Yes : No > Yes ? VoteChoice.No : CastingVote is VoteChoice.Yes or VoteChoice.No ? CastingVote : null;

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
