using Trygghet.Domain.Agreements;

namespace Trygghet.Domain.Promises;

/// <summary>
/// Åtagande i ett medborgarlöfte (commitment): what police and municipality promise, e.g. "Genomföra minst två
/// tematräffar/informationsträffar per termin". A commitment with a <see cref="Quota"/> is counted per period;
/// one without is qualitative and is not counted.
/// </summary>
/// <remarks>Equality is structural.</remarks>
/// <param name="Id">A stable identifier for the commitment (referenced by <see cref="ActivityRecord.CommitmentId"/>), e.g. "tematraffar".</param>
/// <param name="Description">The commitment as written.</param>
public sealed record PromiseCommitment(string Id, string Description)
{
    /// <summary>Id (stable identifier).</summary>
    public string Id { get; } = Guard.Against.NullOrWhiteSpace(Id);

    /// <summary>Beskrivning (the commitment as written).</summary>
    public string Description { get; } = Guard.Against.NullOrWhiteSpace(Description);

    /// <summary>Kvantitet (the minimum per period); null for a qualitative commitment.</summary>
    public Quota? Quota { get; init; }

    /// <summary>
    /// Tidsram (a span stated in the commitment itself, e.g. "under 2022-2023", "Under 2022"); null when it runs
    /// for the promise's whole validity. Counting happens only where this span and the validity meet.
    /// </summary>
    public DateRange? Span { get; init => field = Guard.Against.OutsideSupportedDates(value, nameof(Span)); }

    /// <summary>Ansvariga parter (the parties committing).</summary>
    public EquatableArray<PartyKind> Responsible { get; init; }

    /// <summary>Samverkanspartner (other partners named, e.g. "Kriminalvården", "Härnevimmottagningen").</summary>
    public EquatableArray<string> Partners { get; init; }
}
