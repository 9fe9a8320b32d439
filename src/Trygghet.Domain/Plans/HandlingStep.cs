namespace Trygghet.Domain.Plans;

/// <summary>
/// Behandling (one step of a plan's path through the bodies): which body, at which meeting, under which
/// paragraph and case number, under which title, and what it decided. Kept as a plain record: the full
/// protocols and matters belong to the procedure model.
/// </summary>
/// <remarks>Equality is structural.</remarks>
public sealed record HandlingStep
{
    /// <summary>Creates a handling step.</summary>
    /// <param name="body">The body, e.g. "Socialnämnden", "Kommunstyrelsen", "Trygghetsutskottet".</param>
    /// <param name="meetingDate">The meeting day.</param>
    /// <param name="paragraph">The paragraph number in the body's protocol (§ 26 is 26).</param>
    /// <param name="caseNumber">The case number the paragraph gives.</param>
    /// <param name="title">The matter's title at this step.</param>
    /// <param name="outcomes">What the body decided, at least one outcome, without repeats.</param>
    /// <param name="renamedTo">The new title when <paramref name="outcomes"/> contains <see cref="HandlingOutcome.Renamed"/>; otherwise null.</param>
    public HandlingStep(
        string body,
        DateOnly meetingDate,
        int paragraph,
        CaseNumber caseNumber,
        string title,
        EquatableArray<HandlingOutcome> outcomes,
        string? renamedTo = null)
    {
        Guard.Against.NullOrWhiteSpace(title);
        Guard.Against.InvalidArgument(
            outcomes.IsEmpty, nameof(outcomes), "Ett handläggningssteg har minst ett utfall.", "A handling step needs at least one outcome.");
        Guard.Against.InvalidArgument(
            outcomes.Any(o => !Enum.IsDefined(o)) || outcomes.Distinct().Count() != outcomes.Count,
            nameof(outcomes),
            "Utfallen ska vara kända värden utan upprepningar.",
            "Outcomes must be known values without repeats.");
        var renamed = outcomes.Contains(HandlingOutcome.Renamed);
        Guard.Against.InvalidArgument(
            renamed && string.IsNullOrWhiteSpace(renamedTo), nameof(renamedTo), "Ett steg som byter namn anger den nya titeln.", "A renaming step must give the new title.");
        Guard.Against.InvalidArgument(
            !renamed && renamedTo is not null, nameof(renamedTo), "Bara ett steg som byter namn anger en ny titel.", "Only a renaming step gives a new title.");

        Body = Guard.Against.NullOrWhiteSpace(body);
        MeetingDate = Guard.Against.OutsideSupportedDates(meetingDate, nameof(meetingDate));
        Paragraph = Guard.Against.Below(paragraph, 1);
        CaseNumber = Guard.Against.Null(caseNumber);
        Title = title;
        Outcomes = outcomes;
        RenamedTo = renamedTo;
    }

    /// <summary>Organ (the body).</summary>
    public string Body { get; }

    /// <summary>Sammanträdesdatum (the meeting day).</summary>
    public DateOnly MeetingDate { get; }

    /// <summary>Paragraf (the paragraph number).</summary>
    public int Paragraph { get; }

    /// <summary>Diarienummer (the case number at this step).</summary>
    public CaseNumber CaseNumber { get; }

    /// <summary>Rubrik (the matter's title at this step, before any renaming in it).</summary>
    public string Title { get; }

    /// <summary>Utfall (what the body decided).</summary>
    public EquatableArray<HandlingOutcome> Outcomes { get; }

    /// <summary>Ny rubrik (the title after renaming); null when not renamed.</summary>
    public string? RenamedTo { get; }

    /// <summary>Uppdrag or beslutstext (the decision as written); null when not recorded.</summary>
    public string? Decision { get; init; }

    /// <summary>The title the matter carries after this step.</summary>
    /// <returns><see cref="RenamedTo"/> when renamed, otherwise <see cref="Title"/>.</returns>
    public string TitleAfter() => RenamedTo ?? Title;
}
