namespace Trygghet.Domain.Promises;

/// <summary>Informationsinsamling (how information for a promise was gathered): the dialogues held and other sources.</summary>
/// <remarks>Equality is structural.</remarks>
public sealed record InformationGathering
{
    /// <summary>Sammanfattning (summary as written); null when none.</summary>
    public string? Summary { get; init; }

    /// <summary>Dialoger (dialogues held).</summary>
    public EquatableArray<Dialogue> Dialogues { get; init; }

    /// <summary>Övriga källor (other sources, e.g. "statistik", "enkätsvar", "tidigare samverkansöverenskommelse").</summary>
    public EquatableArray<string> OtherSources { get; init; }
}
