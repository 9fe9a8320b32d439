namespace Trygghet.Domain.Finance;

/// <summary>Anslagstyp (kind of money): drift (operating) or investering (investment); the two are kept apart.</summary>
public enum AppropriationKind
{
    /// <summary>Driftmedel (operating money).</summary>
    Operating,

    /// <summary>Investeringsmedel (investment money).</summary>
    Investment,
}
