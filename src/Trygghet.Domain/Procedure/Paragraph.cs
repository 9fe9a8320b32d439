namespace Trygghet.Domain.Procedure;

/// <summary>Paragraf (one numbered item of a protocol: the matter, the motions, the decision process and the decision).</summary>
/// <remarks>Equality is structural.</remarks>
/// <param name="Number">Paragrafnummer (the § number; positive).</param>
/// <param name="Title">Rubrik (the title as written).</param>
/// <exception cref="ArgumentOutOfRangeException"><paramref name="Number"/> is not positive.</exception>
/// <exception cref="ArgumentException"><paramref name="Title"/> is empty.</exception>
public sealed record Paragraph(int Number, string Title)
{
    /// <summary>Paragrafnummer (the § number).</summary>
    public int Number { get; } = Guard.Against.Below(Number, 1);

    /// <summary>Rubrik (the title).</summary>
    public string Title { get; } = Guard.Against.NullOrWhiteSpace(Title);

    /// <summary>Diarienummer (the case number), or null for items such as reports.</summary>
    public CaseNumber? CaseNumber { get; init; }

    /// <summary>Ärendet (the matter as it stood when taken up, with its earlier history), or null when not recorded.</summary>
    public Matter? Matter { get; init; }

    /// <summary>Sammanfattning (summary), or null.</summary>
    public string? Summary { get; init; }

    /// <summary>Innehåll (listed contents of an information item, e.g. reports presented), empty otherwise.</summary>
    public EquatableArray<string> Contents { get; init; }

    /// <summary>Beslutsunderlag (the documents the decision rests on).</summary>
    public EquatableArray<string> DecisionBasis { get; init; }

    /// <summary>Förslag till beslut (the proposed decision laid before the meeting, point by point).</summary>
    public EquatableArray<string> ProposedDecision { get; init; }

    /// <summary>Förslag till beslut på sammanträdet (motions made at the meeting).</summary>
    public EquatableArray<Motion> Motions { get; init; }

    /// <summary>Beslutsgång (how the questions were put), or null.</summary>
    public DecisionProcess? DecisionProcess { get; init; }

    /// <summary>Beslut (the decision), or null for items where nothing was decided or recorded.</summary>
    public Decision? Decision { get; init; }

    /// <summary>Beslutet skickas till (dispatch list).</summary>
    public EquatableArray<string> Dispatch { get; init; }

    /// <summary>För kännedom (sent for information only).</summary>
    public EquatableArray<string> ForInformation { get; init; }

    /// <summary>Jäv (members recorded as disqualified in this matter).</summary>
    public EquatableArray<Disqualification> Disqualifications { get; init; }

    /// <summary>
    /// Brådskande ärende tillkännagivet (for a matter too urgent for the meeting's announcement: the day it was
    /// announced on the notice board, at the latest the weekday before the meeting, KL 5 kap. 14 §), or null.
    /// </summary>
    public DateOnly? AnnouncedUrgently { get; init; }

    /// <summary>
    /// Ej tillkännagivet (the matter was taken up without being announced under KL 5 kap. 13 or 14 §); in fullmäktige it
    /// may then be decided only when all members present so decide (5 kap. 52 §).
    /// </summary>
    public bool NotAnnounced { get; init; }

    /// <summary>Samtliga närvarande beslutade att avgöra ärendet (all members present decided to deal with an unannounced urgent matter, KL 5 kap. 52 §).</summary>
    public bool DecidedByAllPresent { get; init; }

    /// <summary>Val (the matter is an election; the minority right of KL 5 kap. 50 § does not apply).</summary>
    public bool IsElection { get; init; }

    /// <summary>Anställning av personal (the matter is an employment decision: closed vote, ties decided by lot, KL 5 kap. 54 and 56 §§).</summary>
    public bool IsEmployment { get; init; }

    /// <summary>Extra val (a supplementary election: in fullmäktige it must be tabled the first time, KL 5 kap. 50 §).</summary>
    public bool IsSupplementaryElection { get; init; }

    /// <summary>Omedelbar justering (the paragraph attested at once, with its own deadline chain), or null.</summary>
    public Attestation? ImmediateAttestation { get; init; }

    /// <summary>Anslag för den omedelbart justerade paragrafen (its own notice), or null.</summary>
    public Notice? ImmediateNotice { get; init; }

    /// <summary>Registrerade överklaganden (appeals registered against this paragraph).</summary>
    public EquatableArray<Appeal> Appeals { get; init; }

    /// <summary>Laga kraft (the day from which the paragraph is recorded as legally final), or null.</summary>
    public DateOnly? LegallyFinalFrom { get; init => field = Guard.Against.OutsideSupportedDates(value, nameof(LegallyFinalFrom)); }
}
