namespace Trygghet.Domain.Agreements;

/// <summary>
/// Uppföljningskrav (follow-up requirement) that an agreement sets for itself, e.g. "Överenskommelsen i sin
/// helhet ska följas upp efter halva tiden" or "kvartalsvisa avstämningar ska ske mellan kommunens samordnare och polis".
/// </summary>
/// <remarks>Equality is structural.</remarks>
public sealed record FollowUpRequirement
{
    /// <summary>Creates a requirement.</summary>
    /// <param name="kind">The kind (cadence) of follow-up.</param>
    /// <param name="description">The requirement as written.</param>
    public FollowUpRequirement(FollowUpKind kind, string description)
    {
        Kind = Guard.Against.UndefinedValue(kind);
        Description = Guard.Against.NullOrWhiteSpace(description);
    }

    /// <summary>Uppföljningstyp (the cadence).</summary>
    public FollowUpKind Kind { get; }

    /// <summary>Beskrivning (the requirement as written).</summary>
    public string Description { get; }

    /// <summary>Ansvarig (who follows up, e.g. "Chefssamrådet", "kommunens samordnare och polis"); null when not stated.</summary>
    public string? Responsible { get; init; }

    /// <summary>Omfattning (what the follow-up must cover, e.g. the three points of the half-time follow-up).</summary>
    public EquatableArray<string> Scope { get; init; }
}
