namespace Trygghet.Domain.Agreements;

/// <summary>
/// Samverkansöverenskommelse (cooperation agreement) between a municipality and a local police area: parties,
/// signatories, prioritised samverkansområden, an åtgärdsplan, a follow-up structure and a giltighetstid
/// ("löper från 2022-01-01 till och med 2023-12-31").
/// </summary>
/// <remarks>
/// Equality is structural over every property. Missing parties, signatories or commitments are legal to write
/// down and are reported by the rules (see <c>CooperationAgreementDocument</c>), not refused here.
/// </remarks>
/// <param name="CaseNumber">Diarienummer (the municipality's case number, "Vår beteckning").</param>
/// <param name="Title">Rubrik (the title as written).</param>
/// <param name="Validity">Giltighetstid (inclusive; a <see cref="DateRange"/> cannot end before it starts).</param>
public sealed record CooperationAgreement(CaseNumber CaseNumber, string Title, DateRange Validity) : IDocument
{
    /// <inheritdoc/>
    public DocumentKind Kind => DocumentKind.CooperationAgreement;

    /// <summary>Diarienummer (the municipality's case number).</summary>
    public CaseNumber CaseNumber { get; } = Guard.Against.Null(CaseNumber);

    /// <summary>Rubrik (the title as written).</summary>
    public string Title { get; } = Guard.Against.NullOrWhiteSpace(Title);

    /// <summary>Giltighetstid (validity, both ends inclusive).</summary>
    public DateRange Validity { get; } = Guard.Against.OutsideSupportedDates(Validity, nameof(Validity));

    /// <summary>Datum (the document's date); null when not stated.</summary>
    public DateOnly? Date { get; init => field = Guard.Against.OutsideSupportedDates(value, nameof(Date)); }

    /// <summary>Er beteckning (the police's reference, e.g. "A493.599/2018"); null when not stated.</summary>
    public string? CounterpartReference { get; init; }

    /// <summary>Syfte (the purpose of the cooperation, the agreement's opening as written).</summary>
    public string? Purpose { get; init; }

    /// <summary>Underlag (what the prioritisation rests on, e.g. the shared local lägesbild).</summary>
    public string? Basis { get; init; }

    /// <summary>Parter (the parties: a municipality and a local police area).</summary>
    public EquatableArray<Party> Parties { get; init; }

    /// <summary>Undertecknare (signatories: the kommundirektör and the lokalpolisområdeschef).</summary>
    public EquatableArray<Signatory> Signatories { get; init; }

    /// <summary>Samverkansområden (the prioritised areas, numbered from 1 in the order listed).</summary>
    public EquatableArray<CooperationArea> Areas { get; init; }

    /// <summary>Åtgärdsplan (the action plan); null when none is attached.</summary>
    public ActionPlan? ActionPlan { get; init; }

    /// <summary>Uppföljning av överenskommelsen (the follow-up structure the agreement sets); <see cref="FollowUpStructure.None"/> when unset or set to null.</summary>
    public FollowUpStructure FollowUpStructure
    {
        get => field ?? FollowUpStructure.None;
        init => field = value;
    }

    /// <summary>Genomförda uppföljningar (follow-ups done, as recorded).</summary>
    public EquatableArray<FollowUpRecord> FollowUps { get; init; }

    /// <summary>Bilagor (attachments listed, e.g. "Åtgärdsplan 2020").</summary>
    public EquatableArray<string> Attachments { get; init; }

    /// <summary>The party of a kind, or null when the agreement names none.</summary>
    /// <param name="kind">The kind of party.</param>
    /// <returns>The first party of that kind, or null.</returns>
    public Party? PartyOf(PartyKind kind) => Parties.FirstOrDefault(p => p.Kind == kind);

    /// <summary>Returns a copy with a follow-up added.</summary>
    /// <param name="record">The follow-up done.</param>
    /// <returns>The new agreement.</returns>
    public CooperationAgreement AddFollowUp(FollowUpRecord record)
    {
        Guard.Against.Null(record);
        return this with { FollowUps = FollowUps.Add(record) };
    }
}
