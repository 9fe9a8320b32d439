namespace Trygghet.Domain.Agreements;

/// <summary>Partstyp (kind of party) in a samverkansöverenskommelse or a medborgarlöfte.</summary>
public enum PartyKind
{
    /// <summary>Kommun (the municipality).</summary>
    Municipality,

    /// <summary>Lokalpolisområde (the local police area).</summary>
    LocalPoliceArea,
}
