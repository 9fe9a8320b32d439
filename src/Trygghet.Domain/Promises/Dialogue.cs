namespace Trygghet.Domain.Promises;

/// <summary>Dialog (a dialogue held to gather information for a promise), e.g. open citizen dialogues on four announced occasions.</summary>
/// <remarks>Equality is structural.</remarks>
/// <param name="Audience">Målgrupp (who took part, e.g. "Medborgare", "Seniorer").</param>
/// <param name="Description">What was done, as written.</param>
public sealed record Dialogue(string Audience, string Description)
{
    /// <summary>Målgrupp (audience).</summary>
    public string Audience { get; } = Guard.Against.NullOrWhiteSpace(Audience);

    /// <summary>Beskrivning (as written).</summary>
    public string Description { get; } = Guard.Against.NullOrWhiteSpace(Description);

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
