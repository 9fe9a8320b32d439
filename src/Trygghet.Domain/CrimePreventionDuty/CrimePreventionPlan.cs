namespace Trygghet.Domain.CrimePreventionDuty;

/// <summary>
/// Åtgärdsplan (5 §: the plan of the measures the municipality intends to take to prevent crime, decided with the
/// lägesbild as its basis), with its follow-ups (6 §: at least every second year).
/// </summary>
/// <remarks>Equality is structural.</remarks>
/// <param name="Title">The title, e.g. "Åtgärdsplan för brottsförebyggande arbete 2024-2026".</param>
/// <exception cref="ArgumentException">The title is empty.</exception>
public sealed record CrimePreventionPlan(string Title)
{
    /// <summary>Rubrik (the title).</summary>
    public string Title { get; } = Guard.Against.NullOrWhiteSpace(Title);

    /// <summary>Beslut (the decision adopting the plan); null when not recorded.</summary>
    public DutyDecision? Decision { get; init; }

    /// <summary>Underlag (the id of the lägesbild the plan rests on); null when not recorded.</summary>
    public string? SituationReportId { get; init; }

    /// <summary>Planperiod (the period the plan covers); null when not given.</summary>
    public DateRange? Period { get; init; }

    /// <summary>Åtgärder (the measures).</summary>
    public EquatableArray<PreventiveMeasure> Measures { get; init; }

    /// <summary>Uppföljningar (the follow-ups of the plan, each dated).</summary>
    public EquatableArray<PlanFollowUp> FollowUps { get; init; }
}

/// <summary>Beslut (a decision: the body, the day, and where it is recorded).</summary>
/// <remarks>Equality is structural.</remarks>
/// <param name="Body">The deciding body, e.g. "Kommunstyrelsen".</param>
/// <param name="Date">The day of the decision.</param>
/// <exception cref="ArgumentException">The body is empty.</exception>
public sealed record DutyDecision(string Body, DateOnly Date)
{
    /// <summary>Organ (the deciding body).</summary>
    public string Body { get; } = Guard.Against.NullOrWhiteSpace(Body);

    /// <summary>Beslutsdag (the day of the decision).</summary>
    public DateOnly Date { get; } = Date;

    /// <summary>Paragraf (the protocol paragraph, e.g. "§ 112"); null when not given.</summary>
    public string? Paragraph { get; init; }

    /// <summary>Diarienummer; null when not given.</summary>
    public CaseNumber? CaseNumber { get; init; }
}

/// <summary>Åtgärd (a measure of the plan: what, who owns it, when, and which problems of the lägesbild it addresses).</summary>
/// <remarks>Equality is structural.</remarks>
/// <param name="Description">What the measure is, e.g. "Trygghetsvandringar i centrum".</param>
/// <exception cref="ArgumentException">The description is empty.</exception>
public sealed record PreventiveMeasure(string Description)
{
    /// <summary>Beskrivning (what the measure is).</summary>
    public string Description { get; } = Guard.Against.NullOrWhiteSpace(Description);

    /// <summary>Ansvarig (the owner, e.g. "Samhällsbyggnadsförvaltningen"); null when not given.</summary>
    public string? Owner { get; init; }

    /// <summary>Period (when the measure runs); null when not given.</summary>
    public DateRange? Period { get; init; }

    /// <summary>Problem (ids of the problems in the plan's lägesbild the measure addresses).</summary>
    public EquatableArray<string> Problems { get; init; }
}

/// <summary>Uppföljning av åtgärdsplanen (a follow-up of the plan, 6 §).</summary>
/// <remarks>Equality is structural.</remarks>
/// <param name="Date">The day the follow-up was done (e.g. reported to the leading body).</param>
public sealed record PlanFollowUp(DateOnly Date)
{
    /// <summary>Sammanfattning (what the follow-up found); null when not given.</summary>
    public string? Summary { get; init; }
}
