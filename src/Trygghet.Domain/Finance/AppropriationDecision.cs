namespace Trygghet.Domain.Finance;

/// <summary>
/// Anslagsbeslut (a decision that sets aside and allocates money), e.g. a kommunstyrelse setting aside a sum by
/// one or more decisions for measures grouped into areas with cost ranges, perhaps raising the investment budget
/// from a reserve, and followed up tertialvis.
/// </summary>
/// <remarks>Equality is structural.</remarks>
/// <param name="Title">The paragraph's title.</param>
/// <param name="Body">The deciding body, e.g. "Kommunstyrelsen".</param>
/// <param name="Paragraph">The paragraph number (§ 22 is 22).</param>
/// <param name="CaseNumber">The case number.</param>
public sealed record AppropriationDecision(string Title, string Body, int Paragraph, CaseNumber CaseNumber) : IDocument
{
    /// <inheritdoc/>
    public DocumentKind Kind => DocumentKind.AppropriationDecision;

    /// <summary>Rubrik (the paragraph's title).</summary>
    public string Title { get; } = Guard.Against.NullOrWhiteSpace(Title);

    /// <summary>Organ (the deciding body).</summary>
    public string Body { get; } = Guard.Against.NullOrWhiteSpace(Body);

    /// <summary>Paragraf (the paragraph number).</summary>
    public int Paragraph { get; } = Guard.Against.Below(Paragraph, 1);

    /// <summary>Diarienummer.</summary>
    public CaseNumber CaseNumber { get; } = Guard.Against.Null(CaseNumber);

    /// <summary>Beslutsdatum; null when the document does not state it (an extract of a protocol may leave it out).</summary>
    public DateOnly? DecisionDate { get; init => field = Guard.Against.OutsideSupportedDates(value, nameof(DecisionDate)); }

    /// <summary>Avsatta medel (the appropriations the decision draws on).</summary>
    public EquatableArray<Appropriation> Appropriations { get; init; }

    /// <summary>Åtgärder (the measures, numbered 1.. in list order).</summary>
    public EquatableArray<string> Measures { get; init; }

    /// <summary>Områden (areas grouping the measures, with cost ranges and allocations).</summary>
    public EquatableArray<AllocationArea> Areas { get; init; }

    /// <summary>Beslut (the decision's numbered points as written).</summary>
    public EquatableArray<string> DecisionPoints { get; init; }

    /// <summary>Beslutsunderlag (underlag för beslut: the documents the decision rests on), as listed.</summary>
    public EquatableArray<string> DecisionBasis { get; init; }

    /// <summary>
    /// Deltar inte i beslutet (members who declared that they do not take part in the decision), as in a protocol's
    /// <see cref="Procedure.Decision.NotTakingPart"/>.
    /// </summary>
    public EquatableArray<Procedure.Person> NotTakingPart { get; init; }

    /// <summary>Expedieras (beslutet skickas till: to whom the decision is sent), as listed.</summary>
    public EquatableArray<string> Dispatch { get; init; }

    /// <summary>För kännedom (to whom the decision is sent for information only), as listed.</summary>
    public EquatableArray<string> ForInformation { get; init; }

    /// <summary>Uppföljning (the follow-up plan); null when none is stated.</summary>
    public FinancialFollowUpPlan? FollowUp { get; init; }

    /// <summary>Genomförda uppföljningar (follow-ups recorded so far); empty by default.</summary>
    public EquatableArray<FinancialFollowUp> RecordedFollowUps { get; init; }

    /// <summary>Sum of the appropriations of one kind.</summary>
    /// <param name="kind">Drift or investering.</param>
    /// <returns>The total in kronor.</returns>
    public decimal TotalSetAside(AppropriationKind kind) => Appropriations.Where(a => a.Kind == kind).Sum(a => a.Amount);

    /// <summary>Sum of the allocations of one kind over all areas.</summary>
    /// <param name="kind">Drift or investering.</param>
    /// <returns>The total in kronor.</returns>
    public decimal TotalAllocated(AppropriationKind kind) =>
        Areas.SelectMany(a => a.Allocations).Where(a => a.Kind == kind).Sum(a => a.Amount);
}
