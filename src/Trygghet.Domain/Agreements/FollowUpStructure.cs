namespace Trygghet.Domain.Agreements;

/// <summary>
/// Struktur för uppföljning (follow-up structure) of an agreement: the forums it names and the follow-ups it requires.
/// </summary>
/// <remarks>Equality is structural. The default (<see cref="None"/>) requires nothing.</remarks>
public sealed record FollowUpStructure
{
    /// <summary>A structure with no requirements.</summary>
    public static FollowUpStructure None { get; } = new();

    /// <summary>Struktur för det brottsförebyggande arbetet (how the cooperation is organised, as written).</summary>
    public string? Organisation { get; init; }

    /// <summary>Uppföljningskrav (the follow-ups required, in the order written).</summary>
    public EquatableArray<FollowUpRequirement> Requirements { get; init; }
}
