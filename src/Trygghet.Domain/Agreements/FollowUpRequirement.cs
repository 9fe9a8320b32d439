namespace Trygghet.Domain.Agreements;

/// <summary>
/// Uppföljningskrav (follow-up requirement) that an agreement sets for itself, e.g. "Överenskommelsen i sin
/// helhet ska följas upp efter halva tiden" or "kvartalsvisa avstämningar ska ske mellan kommunens samordnare och polis".
/// </summary>
/// <remarks>Equality is structural.</remarks>
/// <param name="Kind">The kind (cadence) of follow-up.</param>
/// <param name="Description">The requirement as written.</param>
public sealed record FollowUpRequirement(FollowUpKind Kind, string Description)
{
    /// <summary>Uppföljningstyp (the cadence).</summary>
    public FollowUpKind Kind { get; } = Guard.Against.UndefinedValue(Kind);

    /// <summary>Beskrivning (the requirement as written).</summary>
    public string Description { get; } = Guard.Against.NullOrWhiteSpace(Description);

    /// <summary>Ansvarig (who follows up, e.g. "Chefssamrådet", "kommunens samordnare och polis"); null when not stated.</summary>
    public string? Responsible { get; init; }

    /// <summary>Omfattning (what the follow-up must cover, e.g. the three points of the half-time follow-up).</summary>
    public EquatableArray<string> Scope { get; init; }
}
