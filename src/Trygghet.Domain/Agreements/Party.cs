namespace Trygghet.Domain.Agreements;

/// <summary>Part (a party to an agreement), e.g. the municipality "Exempelby kommun".</summary>
/// <remarks>Equality compares kind and name (ordinal).</remarks>
public sealed record Party
{
    /// <summary>Creates a party.</summary>
    /// <param name="kind">Which kind of party.</param>
    /// <param name="name">The name as written, e.g. "Exempelby kommun" or "Lokalpolisområde Exempelby".</param>
    public Party(PartyKind kind, string name)
    {
        Kind = Guard.Against.UndefinedValue(kind);
        Name = Guard.Against.NullOrWhiteSpace(name);
    }

    /// <summary>Partstyp (which kind of party).</summary>
    public PartyKind Kind { get; }

    /// <summary>Namn (the name as written).</summary>
    public string Name { get; }
}
