namespace Trygghet.Domain.Plans;

/// <summary>
/// Handlingsplan (action programme): a strategy made concrete as fokusområden, delmål, målindikatorer with
/// follow-up methods, and insatser, over a span of years; with the path the plan took through the bodies. Typical
/// examples are a municipality's plan for social sustainability or its plan against violence in close relationships.
/// </summary>
/// <remarks>Equality is structural: two plans are equal when every part is equal.</remarks>
/// <param name="Title">The plan's title as written.</param>
/// <param name="Municipality">The municipality, e.g. "Exempelby kommun".</param>
public sealed record ActionProgramme(string Title, string Municipality) : IDocument
{
    /// <inheritdoc/>
    public DocumentKind Kind => DocumentKind.ActionProgramme;

    /// <summary>Rubrik (the plan's title as written).</summary>
    public string Title { get; } = Guard.Against.NullOrWhiteSpace(Title);

    /// <summary>Kommun (the municipality).</summary>
    public string Municipality { get; } = Guard.Against.NullOrWhiteSpace(Municipality);

    /// <summary>Diarienummer of the matter; null when not given.</summary>
    public CaseNumber? CaseNumber { get; init; }

    /// <summary>Datum (the date on the plan, or its latest revision); null when not given.</summary>
    public DateOnly? Date { get; init => field = Guard.Against.OutsideSupportedDates(value, nameof(Date)); }

    /// <summary>Upprättad av (the office or council that wrote it, e.g. "Förebyggande rådet"); null when not given.</summary>
    public string? Author { get; init; }

    /// <summary>Strategi (the strategy the plan realises); null when none.</summary>
    public StrategyReference? Strategy { get; init; }

    /// <summary>Övergripande mål (the overall goal); null when none.</summary>
    public string? Goal { get; init; }

    /// <summary>Syfte (purpose); null when none.</summary>
    public string? Purpose { get; init; }

    /// <summary>Planperiod (the span of the plan, inclusive, e.g. 2020-01-01..2025-12-31); null when the plan states none.</summary>
    public DateRange? Span { get; init => field = Guard.Against.OutsideSupportedDates(value, nameof(Span)); }

    /// <summary>Fokusområden (focus areas, or content headings for plans without them).</summary>
    public EquatableArray<FocusArea> FocusAreas { get; init; }

    /// <summary>Behandling (the plan's path through the bodies, in order).</summary>
    public EquatableArray<HandlingStep> Handling { get; init; }

    /// <summary>
    /// Brottsförebyggande åtgärdsplan (true when this is the municipality's action plan under Lag (2023:196)
    /// om kommuners ansvar för brottsförebyggande arbete 5 §, which is to be followed up at least every second year, 6 §).
    /// </summary>
    public bool IsStatutoryCrimePreventionPlan { get; init; }

    /// <summary>Antagen (the day the plan was adopted); null when not (yet) adopted.</summary>
    public DateOnly? AdoptedOn { get; init => field = Guard.Against.OutsideSupportedDates(value, nameof(AdoptedOn)); }

    /// <summary>
    /// Åtaganden om planens uppbyggnad (what the plan declares about its own structure, e.g. that every activity is
    /// time-bound); <see cref="PlanCommitments.None"/> when unset or set to null: then no structure rule applies.
    /// </summary>
    public PlanCommitments Commitments
    {
        get => field ?? PlanCommitments.None;

        // Declaring nothing is stored as unset, so a plan reads back equal whether "commitments" was omitted or all false.
        init => field = value == PlanCommitments.None ? null : value;
    }

    /// <summary>Uppföljningar av hela planen (days the plan as a whole was followed up); empty by default.</summary>
    public EquatableArray<DateOnly> PlanFollowUps { get; init => field = Guard.Against.OutsideSupportedDates(value, nameof(PlanFollowUps)); }

    /// <summary>The title after the last renaming in <see cref="Handling"/>, or <see cref="Title"/> when never renamed.</summary>
    /// <returns>The current title.</returns>
    public string CurrentTitle()
    {
        for (var i = Handling.Count - 1; i >= 0; i--)
        {
            if (Handling[i].RenamedTo is { } renamed)
            {
                return renamed;
            }
        }

        return Title;
    }
}
