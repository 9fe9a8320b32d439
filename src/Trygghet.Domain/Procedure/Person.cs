namespace Trygghet.Domain.Procedure;

/// <summary>Person (a named person, with a party for elected members, e.g. "Hans Åberg (L)").</summary>
/// <remarks>Equality is ordinal on name and party. People are matched across a protocol by name.</remarks>
public sealed record Person
{
    /// <summary>Creates a person.</summary>
    /// <param name="name">Namn (the full name as written).</param>
    /// <param name="party">Parti (party abbreviation such as "S", "L", "M"), or null.</param>
    /// <exception cref="ArgumentException">The name is empty.</exception>
    public Person(string name, string? party = null)
    {
        Name = Guard.Against.NullOrWhiteSpace(name);
        Party = string.IsNullOrWhiteSpace(party) ? null : party;
    }

    /// <summary>Namn (the name).</summary>
    public string Name { get; }

    /// <summary>Parti (the party abbreviation), or null.</summary>
    public string? Party { get; }

    /// <summary>True when both name the same person (ordinal on the name; the party is not compared).</summary>
    /// <param name="other">The other person.</param>
    /// <returns>True for the same name.</returns>
    public bool IsSamePerson(Person other)
    {
        Guard.Against.Null(other);
        return string.Equals(Name, other.Name, StringComparison.Ordinal);
    }

    /// <summary>Formats as in protocols: "Hans Åberg (L)".</summary>
    /// <returns>The name with the party in brackets.</returns>
    public override string ToString() => Party is null ? Name : $"{Name} ({Party})";
}
