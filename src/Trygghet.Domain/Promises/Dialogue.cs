namespace Trygghet.Domain.Promises;

/// <summary>Dialog (a dialogue held to gather information for a promise), e.g. open citizen dialogues on four announced occasions.</summary>
/// <remarks>Equality is structural.</remarks>
public sealed record Dialogue
{
    /// <summary>Creates a dialogue.</summary>
    /// <param name="audience">Målgrupp (who took part, e.g. "Medborgare", "Seniorer").</param>
    /// <param name="description">What was done, as written.</param>
    public Dialogue(string audience, string description)
    {
        Audience = Guard.Against.NullOrWhiteSpace(audience);
        Description = Guard.Against.NullOrWhiteSpace(description);
    }

    /// <summary>Målgrupp (audience).</summary>
    public string Audience { get; }

    /// <summary>Beskrivning (as written).</summary>
    public string Description { get; }

    /// <summary>Antal tillfällen (occasions), when stated.</summary>
    public int? Occasions
    {
        get;
        init
        {
            if (value is { } v)
            {
                Guard.Against.Below(v, 1, nameof(value));
            }

            field = value;
        }
    }
}
