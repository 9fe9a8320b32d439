namespace Trygghet.Domain.Councils;

/// <summary>
/// Återrapportering från Trygghetsrådet (a safety council's report to the kommunstyrelse). A typical arbetsordning
/// has the council report at halvårsbokslut and bokslut, hold one medborgardialog a year, and run operativa
/// grupper.
/// </summary>
/// <remarks>Equality is structural.</remarks>
public sealed record SafetyCouncilReport : IDocument
{
    /// <summary>Creates a council report.</summary>
    /// <param name="title">The title as written.</param>
    /// <param name="municipality">The municipality.</param>
    /// <param name="council">The council's name, e.g. "Trygghetsrådet".</param>
    /// <param name="caseNumber">The case number.</param>
    /// <param name="reportingPeriod">The period the report covers, as precisely as the report states it ("hösten 2017").</param>
    [System.Text.Json.Serialization.JsonConstructor]
    public SafetyCouncilReport(string title, string municipality, string council, CaseNumber caseNumber, ImprecisePeriod reportingPeriod)
    {
        Title = Guard.Against.NullOrWhiteSpace(title);
        Municipality = Guard.Against.NullOrWhiteSpace(municipality);
        Council = Guard.Against.NullOrWhiteSpace(council);
        CaseNumber = Guard.Against.Null(caseNumber);
        ReportingPeriod = Guard.Against.Null(reportingPeriod);
    }

    /// <summary>Creates a council report covering an exact range of days.</summary>
    /// <param name="title">The title as written.</param>
    /// <param name="municipality">The municipality.</param>
    /// <param name="council">The council's name, e.g. "Trygghetsrådet".</param>
    /// <param name="caseNumber">The case number.</param>
    /// <param name="reportingPeriod">The days the report covers.</param>
    public SafetyCouncilReport(string title, string municipality, string council, CaseNumber caseNumber, DateRange reportingPeriod)
        : this(title, municipality, council, caseNumber, ImprecisePeriod.Exact(Guard.Against.OutsideSupportedDates(reportingPeriod, nameof(reportingPeriod))))
    {
    }

    /// <inheritdoc/>
    public DocumentKind Kind => DocumentKind.CouncilReport;

    /// <summary>Rubrik (the title).</summary>
    public string Title { get; }

    /// <summary>Kommun (the municipality).</summary>
    public string Municipality { get; }

    /// <summary>Rådet (the council's name).</summary>
    public string Council { get; }

    /// <summary>Diarienummer.</summary>
    public CaseNumber CaseNumber { get; }

    /// <summary>Redovisningsperiod (the period the report covers, as precisely as the report states it).</summary>
    public ImprecisePeriod ReportingPeriod { get; }

    /// <summary>Mottagare (the body reported to); "Kommunstyrelsen" by default.</summary>
    public string ReportedTo { get; init; } = "Kommunstyrelsen";

    /// <summary>Förslag till beslut (the proposed decision); null when none.</summary>
    public string? ProposedDecision { get; init; }

    /// <summary>Handläggare (the officer); null when not given.</summary>
    public string? Officer { get; init; }

    /// <summary>
    /// Skyldigheter gäller från (the day the duties of the council's arbetsordning apply from: a report to the
    /// kommunstyrelse at the half-year and annual accounts, one citizen dialogue a year); null when the report
    /// records no such duties, and then none is checked. The day may be known only to a month, season or year ("i maj
    /// 2017"); a period whose duty that cannot decide is reported as too vague to judge, not as missed.
    /// </summary>
    public ImpreciseDate? DutiesFrom { get; init; }

    /// <summary>Sammanträden (the meetings reported).</summary>
    public EquatableArray<CouncilMeeting> Meetings { get; init; }

    /// <summary>Operativa grupper (the operational groups the council runs).</summary>
    public EquatableArray<string> OperationalGroups { get; init; }

    /// <summary>Medborgardialoger (the citizen dialogues decided or held).</summary>
    public EquatableArray<CitizenDialogue> Dialogues { get; init; }

    /// <summary>Redogörelser (the reports given at halvårsbokslut and bokslut, this one included).</summary>
    public EquatableArray<CouncilReportSubmission> Submissions { get; init; }
}
