namespace Trygghet.Domain.Partnerships;

/// <summary>Idéburen organisation (the non-profit partner), e.g. Kvinnojouren Anna, an ideell förening founded 2003.</summary>
/// <remarks>Equality is structural.</remarks>
/// <param name="Name">The organisation's name.</param>
public sealed record CivicOrganisation(string Name)
{
    /// <summary>Namn (the name).</summary>
    public string Name { get; } = Guard.Against.NullOrWhiteSpace(Name);

    /// <summary>Organisationsform (legal form, e.g. "ideell förening"); null when not given.</summary>
    public string? LegalForm { get; init; }

    /// <summary>Startår (the year it was founded); null when not given.</summary>
    public int? FoundedYear { get; init; }

    /// <summary>Verksamhet (what it does); null when not given.</summary>
    public string? Activity { get; init; }
}
