namespace Trygghet.Domain.Agreements;

/// <summary>
/// Samverkansområde (cooperation area): one prioritised area with its definition, mål och syfte,
/// utmaningar/prioritering, åtaganden för respektive part and uppföljning. An area may be divided into
/// topics (e.g. "4. Trygghet på offentlig plats" with 4.1 Krogtillsyn ... 4.4 Kamerabevakning), each
/// described with the same headings.
/// </summary>
/// <remarks>Equality is structural over every property, topics included.</remarks>
/// <param name="Number">Nummer (the area's number in the agreement, from 1; for a topic its number within the area).</param>
/// <param name="Title">Rubrik (the area's name as the agreement lists it).</param>
public sealed record CooperationArea(int Number, string Title)
{
    /// <summary>Nummer (the area's number, from 1).</summary>
    public int Number { get; } = Guard.Against.Below(Number, 1);

    /// <summary>Rubrik (the name as listed in the agreement).</summary>
    public string Title { get; } = Guard.Against.NullOrWhiteSpace(Title);

    /// <summary>Avsnitt (the section number in the action plan as written, e.g. "4.1"); null when the source has none.</summary>
    public string? Section { get; init; }

    /// <summary>Rubrik i åtgärdsplanen (the heading in the action plan where it differs from <see cref="Title"/>).</summary>
    public string? Heading { get; init; }

    /// <summary>Kort beskrivning (the short description in the list of main areas); null when none.</summary>
    public string? Summary { get; init; }

    /// <summary>Definition; null when the area has none (some areas start directly with their goals).</summary>
    public string? Definition { get; init; }

    /// <summary>Mål och syfte för samverkan (goals and purpose).</summary>
    public string? GoalsAndPurpose { get; init; }

    /// <summary>Utmaningar/prioritering (challenges and priorities).</summary>
    public string? Challenges { get; init; }

    /// <summary>Åtaganden för respektive part (commitments per party).</summary>
    public EquatableArray<AreaCommitment> Commitments { get; init; }

    /// <summary>Övrig text under åtagandena that binds no party (e.g. "Andra externa myndigheter ... kan också inbjudas").</summary>
    public EquatableArray<string> CommitmentNotes { get; init; }

    /// <summary>Uppföljning (how the area is followed up, as written).</summary>
    public string? FollowUp { get; init; }

    /// <summary>
    /// Uppföljningstexter (what follow-up reports wrote about the area, e.g. the year-end follow-up of 2020 per area);
    /// <see cref="FollowUp"/> is how the agreement says the area is followed up.
    /// </summary>
    public EquatableArray<FollowUpNote> FollowUps { get; init; }

    /// <summary>Delområden (topics within the area, each with the same headings); empty when the area is not divided.</summary>
    public EquatableArray<CooperationArea> Topics { get; init; }

    /// <summary>The parties that have at least one commitment in this area itself (topics not included).</summary>
    /// <returns>The parties, each once, in <see cref="PartyKind"/> order.</returns>
    public IEnumerable<PartyKind> CommittedParties() =>
        Commitments.SelectMany(c => c.Parties).Distinct().Order();
}
