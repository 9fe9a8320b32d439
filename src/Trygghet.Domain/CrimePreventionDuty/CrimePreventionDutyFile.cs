namespace Trygghet.Domain.CrimePreventionDuty;

/// <summary>
/// Kommunens brottsförebyggande ansvar (the municipality's duty file under Lag (2023:196) om kommuners ansvar för
/// brottsförebyggande arbete): the lägesbilder (4 §), the åtgärdsplaner with their follow-ups (5-6 §), the written
/// cooperation agreements (9 §), the strategic council (10 §), the samordningsfunktion (11-12 §), and the reports to
/// kommunfullmäktige (13 §) of one municipality, validated together as of a date. What the file does not record is
/// reported as "not recorded", never as a breach.
/// </summary>
/// <remarks>Equality is structural.</remarks>
/// <param name="Title">The title, e.g. "Brottsförebyggande arbete i Exempelby kommun".</param>
/// <param name="Municipality">The municipality, e.g. "Exempelby kommun".</param>
/// <exception cref="ArgumentException">A text is empty.</exception>
public sealed record CrimePreventionDutyFile(string Title, string Municipality) : IDocument
{
    /// <inheritdoc/>
    public DocumentKind Kind => DocumentKind.CrimePreventionDuty;

    /// <summary>Rubrik (the title).</summary>
    public string Title { get; } = Guard.Against.NullOrWhiteSpace(Title);

    /// <summary>Kommun (the municipality).</summary>
    public string Municipality { get; } = Guard.Against.NullOrWhiteSpace(Municipality);

    /// <summary>Diarienummer (the case number the file is kept under); null when not given.</summary>
    public CaseNumber? CaseNumber { get; init; }

    /// <summary>
    /// Ledning (13 §: the body that leads the work, the kommunstyrelse or the nämnd kommunfullmäktige chose), e.g.
    /// "Kommunstyrelsen"; null when not recorded.
    /// </summary>
    public string? LeadingBody { get; init; }

    /// <summary>
    /// Lägesbilder (4 §), each a version: a later one is an update (6 §). Ids are unique within the file.
    /// </summary>
    /// <exception cref="ArgumentException">Two lägesbilder share an id.</exception>
    public EquatableArray<SituationReport> SituationReports
    {
        get;
        init => field = DutyGuard.UniqueIds(value, s => s.Id, nameof(SituationReports));
    }

    /// <summary>Åtgärdsplaner (5 §), with their follow-ups (6 §).</summary>
    public EquatableArray<CrimePreventionPlan> ActionPlans { get; init; }

    /// <summary>Skriftliga överenskommelser om samverkan (9 §): links to the cooperation agreements entered into.</summary>
    public EquatableArray<AgreementLink> Agreements { get; init; }

    /// <summary>Strategiskt råd (10 §); null when not recorded.</summary>
    public StrategicCouncil? StrategicCouncil { get; init; }

    /// <summary>Samordningsfunktion (11-12 §); null when not recorded.</summary>
    public CoordinationFunction? CoordinationFunction { get; init; }

    /// <summary>Rapporter till kommunfullmäktige (13 §), each dated.</summary>
    public EquatableArray<CouncilReporting> ReportsToCouncil { get; init; }
}
