namespace Trygghet.Domain.Procedure;

/// <summary>Beslutsgång (how the chair put the questions and what the body decided).</summary>
/// <remarks>Equality is structural.</remarks>
public sealed record DecisionProcess
{
    /// <summary>Propositioner (the questions put, in order, as written).</summary>
    public EquatableArray<string> Propositions { get; init; }

    /// <summary>Voteringar (votes taken, if any).</summary>
    public EquatableArray<Votation> Votations { get; init; }

    /// <summary>Bifallet yrkande (index of the motion the body adopted), or null when the proposal on the table was adopted.</summary>
    public int? AdoptedMotion { get; init; }
}
