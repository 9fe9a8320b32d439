namespace Trygghet.Domain.Partnerships;

/// <summary>Idéburen organisation (the non-profit partner), e.g. Kvinnojouren Anna, an ideell förening founded 2003.</summary>
/// <remarks>Equality is structural.</remarks>
public sealed record CivicOrganisation
{
    /// <summary>Creates a civic organisation.</summary>
    /// <param name="name">The organisation's name.</param>
    public CivicOrganisation(string name)
    {
        Name = Guard.Against.NullOrWhiteSpace(name);
    }

    /// <summary>Namn (the name).</summary>
    public string Name { get; }

    /// <summary>Organisationsform (legal form, e.g. "ideell förening"); null when not given.</summary>
    public string? LegalForm { get; init; }

    /// <summary>Startår (the year it was founded); null when not given.</summary>
    public int? FoundedYear { get; init; }

    /// <summary>Verksamhet (what it does); null when not given.</summary>
    public string? Activity { get; init; }
}
