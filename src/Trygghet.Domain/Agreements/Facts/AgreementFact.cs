using Trygghet.Domain.Rules;

namespace Trygghet.Domain.Agreements.Facts;

/// <summary>Samverkansöverenskommelse (an agreement as a whole) as a fact: who it names, who signs, what it states.</summary>
/// <param name="Path">Path of the agreement (<c>$</c> for a document validated on its own).</param>
/// <param name="DocumentKey">Identifies the agreement within a session.</param>
/// <param name="CaseNumber">The case number as written.</param>
/// <param name="PartyKinds">The kinds of the parties named, in order.</param>
/// <param name="SignatoryKinds">The parties signed for, in order.</param>
/// <param name="HasPurpose">True when the agreement states its purpose.</param>
/// <param name="AreaCount">How many samverkansområden it names.</param>
public sealed record AgreementFact(
    string Path,
    string DocumentKey,
    string CaseNumber,
    EquatableArray<PartyKind> PartyKinds,
    EquatableArray<PartyKind> SignatoryKinds,
    bool HasPurpose,
    int AreaCount) : IFact;
