using Trygghet.Domain.Common;

namespace Trygghet.Domain.Rules;

/// <summary>
/// Rättslig grund (legal or documentary basis) of a rule, with the period the basis is in force.
/// Both ends of the period are inclusive; <see cref="InForceTo"/> null means the basis is still in force.
/// </summary>
/// <remarks>Equality is value equality over the citation and the period.</remarks>
public sealed record LegalBasis
{
    /// <summary>Creates a basis.</summary>
    /// <param name="citation">The citation, e.g. "Kommunallagen (2017:725) 5 kap. 69 §".</param>
    /// <param name="inForceFrom">First day the basis is in force.</param>
    /// <param name="inForceTo">Last day the basis is in force, or null when it is still in force.</param>
    /// <exception cref="ArgumentOutOfRangeException">The period ends before it starts.</exception>
    public LegalBasis(LocalizedText citation, DateOnly inForceFrom, DateOnly? inForceTo = null)
    {
        ArgumentNullException.ThrowIfNull(citation);
        if (inForceTo is { } to)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(to, inForceFrom, nameof(inForceTo));
        }

        Citation = citation;
        InForceFrom = inForceFrom;
        InForceTo = inForceTo;
    }

    /// <summary>Hänvisning (citation) of the basis.</summary>
    public LocalizedText Citation { get; }

    /// <summary>Ikraftträdande (first day in force), inclusive.</summary>
    public DateOnly InForceFrom { get; }

    /// <summary>Sista giltighetsdag (last day in force), inclusive; null when still in force.</summary>
    public DateOnly? InForceTo { get; }

    /// <summary>Whether the basis is in force on <paramref name="date"/>.</summary>
    /// <param name="date">The date to test.</param>
    /// <returns>True when <paramref name="date"/> lies within the in-force period.</returns>
    public bool IsInForceOn(DateOnly date) => date >= InForceFrom && (InForceTo is null || date <= InForceTo.Value);

    /// <summary>Whether the in-force periods of this basis and <paramref name="other"/> share at least one day.</summary>
    /// <param name="other">The other basis.</param>
    /// <returns>True when the periods overlap.</returns>
    public bool Overlaps(LegalBasis other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var thisTo = InForceTo ?? DateOnly.MaxValue;
        var otherTo = other.InForceTo ?? DateOnly.MaxValue;
        return InForceFrom <= otherTo && other.InForceFrom <= thisTo;
    }

    /// <summary>
    /// Dokumentgrund (documentary basis): a basis in a document rather than a law (an agreement, a plan, an
    /// arbetsordning), always in force.
    /// </summary>
    /// <param name="citation">The citation of the document.</param>
    /// <returns>A basis in force from <see cref="DateOnly.MinValue"/> with no end.</returns>
    public static LegalBasis Documentary(LocalizedText citation) => new(citation, DateOnly.MinValue);
}
