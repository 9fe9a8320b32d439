namespace Trygghet.Domain.Partnerships;

/// <summary>
/// Idéburet offentligt partnerskap, IOP (public civic partnership): a partnership between a municipality and a
/// non-profit. Not regulated in law: its content, follow-up responsibility, validity and financing are set in each
/// agreement. While it is being investigated those terms may be open.
/// </summary>
/// <remarks>Equality is structural.</remarks>
/// <param name="Title">The title as written.</param>
/// <param name="Municipality">The municipality.</param>
/// <param name="Partner">The non-profit partner.</param>
/// <param name="Stage">How far it has come.</param>
public sealed record PublicCivicPartnership(string Title, string Municipality, CivicOrganisation Partner, PartnershipStage Stage) : IDocument
{
    /// <inheritdoc/>
    public DocumentKind Kind => DocumentKind.PublicCivicPartnership;

    /// <summary>Rubrik (the title as written).</summary>
    public string Title { get; } = Guard.Against.NullOrWhiteSpace(Title);

    /// <summary>Kommun (the municipality).</summary>
    public string Municipality { get; } = Guard.Against.NullOrWhiteSpace(Municipality);

    /// <summary>Partner (the non-profit).</summary>
    public CivicOrganisation Partner { get; } = Guard.Against.Null(Partner);

    /// <summary>Skede (the stage).</summary>
    public PartnershipStage Stage { get; private init; } = Guard.Against.UndefinedValue(Stage);

    /// <summary>Diarienummer; null when not given.</summary>
    public CaseNumber? CaseNumber { get; init; }

    /// <summary>Beslutat av (the body that took the latest decision, e.g. "Trygghetsutskottet"); null when not given.</summary>
    public string? DecidedBy { get; init; }

    /// <summary>Beslutsdatum; null when not given.</summary>
    public DateOnly? DecidedOn { get; init => field = Guard.Against.OutsideSupportedDates(value, nameof(DecidedOn)); }

    /// <summary>Paragraf; null when not given.</summary>
    public int? Paragraph { get; init; }

    /// <summary>Uppdrag (the commission given, e.g. to investigate the conditions); null when none.</summary>
    public string? Commission { get; init; }

    /// <summary>Innehåll (what the partnership covers); null while open.</summary>
    public string? Content { get; init; }

    /// <summary>Ansvar för uppföljning (who follows the partnership up); null while open.</summary>
    public string? FollowUpResponsibility { get; init; }

    /// <summary>Giltighetstid (validity, inclusive); null while open.</summary>
    public DateRange? Validity { get; init => field = Guard.Against.OutsideSupportedDates(value, nameof(Validity)); }

    /// <summary>Finansiering (how it is financed); null while open.</summary>
    public string? Financing { get; init; }

    /// <summary>Nuvarande stöd (support the partner receives today, e.g. a yearly grant); null when none.</summary>
    public string? CurrentSupport { get; init; }

    /// <summary>
    /// Returns a copy moved on to a later stage (utredning, then förslag, then överenskommelse).
    /// </summary>
    /// <param name="stage">The new stage; not earlier than the current one.</param>
    /// <returns>The partnership at the new stage.</returns>
    /// <exception cref="InvalidOperationException">The new stage is earlier than the current one.</exception>
    public PublicCivicPartnership AdvanceTo(PartnershipStage stage)
    {
        Guard.Against.UndefinedValue(stage);

        if (stage < Stage)
        {
            throw DomainGuards.InvalidState(
                $"Ett partnerskap kan inte gå tillbaka från {SwedishStage(Stage)} till {SwedishStage(stage)}.",
                $"A partnership cannot go back from {Stage} to {stage}.");
        }

        return this with { Stage = stage };
    }

    private static string SwedishStage(PartnershipStage stage) => stage switch
    {
        PartnershipStage.Investigation => "utredning",
        PartnershipStage.Proposal => "förslag",
        _ => "överenskommelse",
    };

    /// <summary>Frågor att utreda (the terms an investigation is to propose, as listed in the decision).</summary>
    public EquatableArray<string> TermsToInvestigate { get; init; }
}
