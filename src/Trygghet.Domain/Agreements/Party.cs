namespace Trygghet.Domain.Agreements;

/// <summary>Part (a party to an agreement), e.g. the municipality "Exempelby kommun".</summary>
/// <remarks>Equality compares kind and name (ordinal).</remarks>
/// <param name="Kind">Which kind of party.</param>
/// <param name="Name">The name as written, e.g. "Exempelby kommun" or "Lokalpolisområde Exempelby".</param>
public sealed record Party(PartyKind Kind, string Name)
{
    /// <summary>Partstyp (which kind of party).</summary>
    public PartyKind Kind { get; } = Guard.Against.UndefinedValue(Kind);

    /// <summary>Namn (the name as written).</summary>
    public string Name { get; } = Guard.Against.NullOrWhiteSpace(Name);
}
