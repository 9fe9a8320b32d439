namespace Trygghet.Domain.Procedure;

/// <summary>Uppdrag i organet (a member's role in the body).</summary>
public enum MemberRole
{
    /// <summary>Ledamot (an ordinary member).</summary>
    Member,

    /// <summary>Ordförande (chair).</summary>
    Chair,

    /// <summary>1:a vice ordförande (first vice chair).</summary>
    FirstViceChair,

    /// <summary>2:a vice ordförande (second vice chair).</summary>
    SecondViceChair,
}

/// <summary>Ledamot (a member present at the meeting and entitled to decide: "Beslutande, ledamöter").</summary>
/// <param name="Person">Who the member is.</param>
/// <param name="Role">Uppdrag (role in the body); ordinary member by default.</param>
public sealed record Member(Person Person, MemberRole Role = MemberRole.Member)
{
    /// <summary>The person (never null).</summary>
    public Person Person { get; } = Guard.Against.Null(Person);

    /// <summary>
    /// Tjänstgjorde i paragrafer (the paragraphs the member served in, when the protocol records a change during the
    /// meeting: a late arrival, leaving and returning); empty means the whole meeting. A paragraph where the member is
    /// recorded as disqualified (jäv) is never served, whatever this list says.
    /// </summary>
    public EquatableArray<int> Paragraphs { get; init; }
}

/// <summary>Tjänstgörande ersättare (a substitute serving in an absent member's place).</summary>
/// <param name="Person">Who the substitute is.</param>
/// <param name="ServingFor">I stället för (the absent member the substitute serves for), or null when the protocol does not say.</param>
public sealed record ServingSubstitute(Person Person, Person? ServingFor = null)
{
    /// <summary>The person (never null).</summary>
    public Person Person { get; } = Guard.Against.Null(Person);

    /// <summary>
    /// Tjänstgjorde i paragrafer (the paragraphs the substitute served in, e.g. only the one where the member was
    /// disqualified); empty means the whole meeting.
    /// </summary>
    public EquatableArray<int> Paragraphs { get; init; }
}

/// <summary>Övrig deltagare (another participant: an official, a guest presenting an item).</summary>
/// <param name="Person">Who took part.</param>
/// <param name="Title">Titel (e.g. "Sekreterare", "Kommundirektör"), or null.</param>
public sealed record Participant(Person Person, string? Title = null)
{
    /// <summary>The person (never null).</summary>
    public Person Person { get; } = Guard.Against.Null(Person);

    /// <summary>Organisation (e.g. "Polisen", a local development company), or null.</summary>
    public string? Organisation { get; init; }

    /// <summary>Paragrafer (the paragraphs the participant attended for, e.g. 37 for a temaärende); empty means the whole meeting.</summary>
    public EquatableArray<int> Paragraphs { get; init; }
}
