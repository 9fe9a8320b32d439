namespace Trygghet.Domain.Procedure;

/// <summary>Utfall av ett ärende på sammanträdet (what became of the matter in the paragraph).</summary>
public enum DecisionOutcome
{
    /// <summary>Avgjort (decided on the merits, including a decision to propose something to another body).</summary>
    Decided,

    /// <summary>Återremitterat (referred back for more preparation; the matter stays open).</summary>
    ReferredBack,

    /// <summary>Bordlagt (tabled to a later meeting; the matter stays open).</summary>
    Tabled,

    /// <summary>Noterat (information, reports or delegated decisions noted; nothing decided).</summary>
    Noted,
}

/// <summary>Beslutets art (whether a nämnd's decision can be appealed by laglighetsprövning, KL 13 kap. 2 §).</summary>
public enum DecisionNature
{
    /// <summary>Ett vanligt beslut (an ordinary decision: appealable).</summary>
    Ordinary,

    /// <summary>Rent förberedande (purely preparatory, e.g. a proposal to fullmäktige: not appealable when a nämnd decides it).</summary>
    Preparatory,

    /// <summary>Rent verkställande (purely executive: not appealable when a nämnd decides it).</summary>
    Executive,
}

/// <summary>Beslut (the decision recorded in a paragraph).</summary>
/// <param name="Outcome">Utfall (decided, referred back, tabled or noted).</param>
public sealed record Decision(DecisionOutcome Outcome)
{
    /// <summary>Beslutspunkter (the decision, point by point, as written).</summary>
    public EquatableArray<string> Points { get; init; }

    /// <summary>
    /// Beslutets art (ordinary, purely preparatory or purely executive). A nämnd's purely preparatory or executive
    /// decision cannot be appealed (KL 13 kap. 2 § 2) and does not wait for an appeal period; fullmäktige's decisions
    /// can always be appealed (13 kap. 2 § 1). Default <see cref="DecisionNature.Ordinary"/>.
    /// </summary>
    public DecisionNature Nature { get; init; }

    /// <summary>Uppdrag (for a referral: the assignment the matter goes back with), or null.</summary>
    public string? Assignment { get; init; }

    /// <summary>Uppdrag (assignments the decision gives, with their deadlines and follow-through).</summary>
    public EquatableArray<Assignment> Assignments { get; init; }

    /// <summary>
    /// Avslutar uppdrag (the <see cref="Assignment.Reference"/>s of earlier uppdrag this decision reports back on, in a
    /// <see cref="ProtocolSeries"/>).
    /// </summary>
    public EquatableArray<string> Closes { get; init; }

    /// <summary>På minoritetens begäran (a referral or tabling granted on a minority's demand in fullmäktige, KL 5 kap. 50 §).</summary>
    public bool OnMinorityDemand { get; init; }

    /// <summary>Deltar inte i beslutet (members who declared that they do not take part in the decision).</summary>
    public EquatableArray<Person> NotTakingPart { get; init; }

    /// <summary>Deltagande (members recorded as taking part, KL 5 kap. 67 § 5), when the protocol lists them.</summary>
    public EquatableArray<Person> Participants { get; init; }

    /// <summary>Reservationer (dissents, KL 4 kap. 27 §).</summary>
    public EquatableArray<Dissent> Dissents { get; init; }

    /// <summary>Protokollsanteckningar (notes in the protocol).</summary>
    public EquatableArray<string> Notes { get; init; }

    /// <summary>True for a referral or a tabling: the matter is not decided.</summary>
    public bool LeavesMatterOpen => Outcome is DecisionOutcome.ReferredBack or DecisionOutcome.Tabled;
}

/// <summary>Reservation (a dissent against a decision).</summary>
/// <param name="By">Who dissented.</param>
/// <param name="Reason">Skriftlig motivering (written reasons), or null.</param>
public sealed record Dissent(Person By, string? Reason = null)
{
    /// <summary>Who dissented (never null).</summary>
    public Person By { get; } = Guard.Against.Null(By);
}

/// <summary>Jäv (a member recorded as disqualified in a matter; KL 6 kap. 28-30 §§, fullmäktige 5 kap. 47 §).</summary>
/// <param name="Person">The disqualified member.</param>
/// <param name="Ground">Jävsgrund (the ground as written), or null.</param>
public sealed record Disqualification(Person Person, string? Ground = null)
{
    /// <summary>The disqualified member (never null).</summary>
    public Person Person { get; } = Guard.Against.Null(Person);

    /// <summary>Närvarade (the member stayed in the room during the handling; a nämnd forbids this, KL 6 kap. 30 §).</summary>
    public bool RemainedPresent { get; init; }
}

/// <summary>Överklagande (an appeal registered against a paragraph: laglighetsprövning, KL 13 kap.).</summary>
/// <param name="Received">Inkom (the day the appeal reached the court).</param>
public sealed record Appeal(DateOnly Received)
{
    /// <summary>Inkom (the day the appeal was received), in the supported dates.</summary>
    public DateOnly Received { get; init => field = Guard.Against.OutsideSupportedDates(value, nameof(Received)); } = Guard.Against.OutsideSupportedDates(Received, nameof(Received));

    /// <summary>Målnummer (the court's case number), or null.</summary>
    public string? CourtCase { get; init; }
}
