namespace Trygghet.Domain.Procedure;

/// <summary>Ärendets status (where a matter stands in its lifecycle).</summary>
public enum MatterStatus
{
    /// <summary>Under beredning (being prepared).</summary>
    Prepared,

    /// <summary>På föredragningslistan (on the agenda of a meeting).</summary>
    OnAgenda,

    /// <summary>Avgjort (decided; closed).</summary>
    Decided,

    /// <summary>Återremitterat (referred back with an uppdrag; open).</summary>
    ReferredBack,

    /// <summary>Bordlagt (tabled; open).</summary>
    Tabled,

    /// <summary>Återkommit (back after a referral or tabling, under the same case number; open).</summary>
    Returned,
}

/// <summary>Händelsetyp i ärendet (kind of event in a matter's history).</summary>
public enum MatterEventKind
{
    /// <summary>Uppfört på föredragningslistan (put on an agenda).</summary>
    PutOnAgenda,

    /// <summary>Avgjort (decided).</summary>
    Decided,

    /// <summary>Återremitterat (referred back).</summary>
    ReferredBack,

    /// <summary>Bordlagt (tabled).</summary>
    Tabled,

    /// <summary>Återkommit (returned from preparation).</summary>
    Returned,

    /// <summary>Omrubricerat (renamed).</summary>
    Renamed,
}

/// <summary>Händelse i ett ärende (one event in a matter's history).</summary>
/// <param name="Kind">What happened.</param>
/// <param name="Date">When.</param>
public sealed record MatterEvent(MatterEventKind Kind, DateOnly Date)
{
    /// <summary>Händelsetyp (what happened).</summary>
    public MatterEventKind Kind { get; init; } = Kind;
    /// <summary>Datum (the day of the event), in the supported dates.</summary>
    public DateOnly Date { get; init => field = Guard.Against.OutsideSupportedDates(value, nameof(Date)); } = Guard.Against.OutsideSupportedDates(Date, nameof(Date));

    /// <summary>Organ (the body that acted), or null.</summary>
    public string? BodyName { get; init; }

    /// <summary>Paragraf (the paragraph number in that body's protocol), or null.</summary>
    public int? Paragraph { get; init; }

    /// <summary>Uppdrag (for a referral: the assignment), or null.</summary>
    public string? Assignment { get; init; }

    /// <summary>Rubrik (for a renaming or return: the new title), or null.</summary>
    public string? Title { get; init; }

    /// <summary>På minoritetens begäran (a referral or tabling on a minority's demand, KL 5 kap. 50 §).</summary>
    public bool OnMinorityDemand { get; init; }
}

/// <summary>
/// Ärende (a matter): identified by its diarienummer, it moves through preparation, agenda, and decision; a referral
/// back or a tabling leaves it open, and it returns under the same case number, possibly renamed.
/// </summary>
/// <remarks>
/// State changes only through the named transitions, which return new instances and throw
/// <see cref="InvalidOperationException"/> for a transition the lifecycle does not allow. Equality is structural.
/// </remarks>
public sealed record Matter
{
    /// <summary>Creates a matter (usually in <see cref="MatterStatus.Prepared"/> with no history).</summary>
    /// <param name="caseNumber">Diarienummer.</param>
    /// <param name="title">Rubrik (the current title).</param>
    /// <param name="status">Status (the current state).</param>
    /// <param name="history">Historik (earlier events, oldest first).</param>
    /// <exception cref="ArgumentNullException"><paramref name="caseNumber"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="title"/> is empty.</exception>
    public Matter(CaseNumber caseNumber, string title, MatterStatus status = MatterStatus.Prepared, EquatableArray<MatterEvent> history = default)
    {
        CaseNumber = Guard.Against.Null(caseNumber);
        Title = Guard.Against.NullOrWhiteSpace(title);
        Status = status;
        History = history;
    }

    /// <summary>Diarienummer (never changes, also not on return).</summary>
    public CaseNumber CaseNumber { get; }

    /// <summary>Rubrik (the current title).</summary>
    public string Title { get; }

    /// <summary>Status (the current state).</summary>
    public MatterStatus Status { get; }

    /// <summary>Historik (what happened to the matter, oldest first).</summary>
    public EquatableArray<MatterEvent> History { get; }

    /// <summary>True while the matter is not decided.</summary>
    public bool IsOpen => Status != MatterStatus.Decided;

    /// <summary>True when the minority right of KL 5 kap. 50 § has been used on this matter (it can be used once).</summary>
    public bool MinorityRightUsed
    {
        get
        {
            foreach (var e in History)
            {
                if (e.OnMinorityDemand)
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>Puts the matter on a meeting's agenda.</summary>
    /// <param name="meeting">The meeting.</param>
    /// <returns>The matter on the agenda.</returns>
    /// <exception cref="InvalidOperationException">The matter is decided, on an agenda, or referred back or tabled and not yet returned.</exception>
    public Matter PutOnAgenda(Meeting meeting)
    {
        Guard.Against.Null(meeting);
        Require(MatterStatus.Prepared, MatterStatus.Returned, new("föras upp på en föredragningslista", "put on an agenda"));
        return Next(MatterStatus.OnAgenda, new MatterEvent(MatterEventKind.PutOnAgenda, meeting.Date) { BodyName = meeting.Body.Name });
    }

    /// <summary>Records the decision of the matter.</summary>
    /// <param name="meeting">The meeting that decided.</param>
    /// <param name="paragraph">The paragraph number, or null.</param>
    /// <returns>The decided matter.</returns>
    /// <exception cref="InvalidOperationException">The matter is already decided, or referred back or tabled and not yet returned.</exception>
    public Matter Decide(Meeting meeting, int? paragraph = null)
    {
        Guard.Against.Null(meeting);
        return Handled(new("avgöras", "decide"), MatterStatus.Decided, MatterEventKind.Decided, meeting, paragraph);
    }

    /// <summary>Refers the matter back with an assignment (återremiss). A referral never decides the matter.</summary>
    /// <param name="meeting">The meeting that referred it.</param>
    /// <param name="assignment">Uppdrag (what the preparation is to do).</param>
    /// <param name="paragraph">The paragraph number, or null.</param>
    /// <param name="onMinorityDemand">True when granted on a minority's demand in fullmäktige.</param>
    /// <returns>The referred matter.</returns>
    /// <exception cref="ArgumentException"><paramref name="assignment"/> is empty.</exception>
    /// <exception cref="InvalidOperationException">The matter is decided, or referred back or tabled and not yet returned.</exception>
    public Matter ReferBack(Meeting meeting, string assignment, int? paragraph = null, bool onMinorityDemand = false)
    {
        Guard.Against.Null(meeting);
        Guard.Against.NullOrWhiteSpace(assignment);
        return Handled(new("återremitteras", "refer back"), MatterStatus.ReferredBack, MatterEventKind.ReferredBack, meeting, paragraph, onMinorityDemand, assignment);
    }

    /// <summary>Tables the matter (bordläggning).</summary>
    /// <param name="meeting">The meeting that tabled it.</param>
    /// <param name="paragraph">The paragraph number, or null.</param>
    /// <param name="onMinorityDemand">True when granted on a minority's demand in fullmäktige.</param>
    /// <returns>The tabled matter.</returns>
    /// <exception cref="InvalidOperationException">The matter is decided, or referred back or tabled and not yet returned.</exception>
    public Matter Table(Meeting meeting, int? paragraph = null, bool onMinorityDemand = false)
    {
        Guard.Against.Null(meeting);
        return Handled(new("bordläggas", "table"), MatterStatus.Tabled, MatterEventKind.Tabled, meeting, paragraph, onMinorityDemand);
    }

    /// <summary>Records the matter's return after a referral or tabling: same case number, history kept, possibly renamed.</summary>
    /// <param name="date">The day it returned.</param>
    /// <param name="newTitle">Ny rubrik (a new title), or null to keep the title.</param>
    /// <returns>The returned matter.</returns>
    /// <exception cref="InvalidOperationException">The matter was neither referred back nor tabled.</exception>
    public Matter Return(DateOnly date, string? newTitle = null)
    {
        Require(MatterStatus.ReferredBack, MatterStatus.Tabled, new("återkomma", "return"));
        if (newTitle is not null)
        {
            Guard.Against.NullOrWhiteSpace(newTitle);
        }

        return new Matter(CaseNumber, newTitle ?? Title, MatterStatus.Returned, History.Add(new MatterEvent(MatterEventKind.Returned, date) { Title = newTitle }));
    }

    /// <summary>Renames the matter (omrubricering); the case number stays.</summary>
    /// <param name="date">The day of the renaming.</param>
    /// <param name="newTitle">The new title.</param>
    /// <param name="bodyName">The body that renamed it, or null.</param>
    /// <returns>The renamed matter.</returns>
    /// <exception cref="InvalidOperationException">The matter is decided.</exception>
    public Matter Rename(DateOnly date, string newTitle, string? bodyName = null)
    {
        Guard.Against.NullOrWhiteSpace(newTitle);
        if (Status == MatterStatus.Decided)
        {
            throw DomainGuards.InvalidState($"Ärendet {CaseNumber} är avgjort och kan inte längre byta rubrik.", $"Matter {CaseNumber} is decided and can no longer be renamed.");
        }

        return new Matter(CaseNumber, newTitle, Status, History.Add(new MatterEvent(MatterEventKind.Renamed, date) { Title = newTitle, BodyName = bodyName }));
    }

    private Matter Next(MatterStatus status, MatterEvent e) => new(CaseNumber, Title, status, History.Add(e));

    // A meeting's handling of an open matter (decided, referred back or tabled), recorded as one event of the history.
    private Matter Handled(LocalizedText action, MatterStatus status, MatterEventKind kind, Meeting meeting, int? paragraph, bool onMinorityDemand = false, string? assignment = null)
    {
        RequireOpenForHandling(action);
        return Next(status, new MatterEvent(kind, meeting.Date)
        {
            BodyName = meeting.Body.Name,
            Paragraph = paragraph,
            Assignment = assignment,
            OnMinorityDemand = onMinorityDemand,
        });
    }

    private void RequireOpenForHandling(LocalizedText action)
    {
        if (Status is MatterStatus.Decided or MatterStatus.ReferredBack or MatterStatus.Tabled)
        {
            throw Status == MatterStatus.Decided
                ? DomainGuards.InvalidState($"Ärendet {CaseNumber} kan inte {action.Swedish}: det är redan avgjort.", $"Cannot {action.English} matter {CaseNumber}: it is already decided.")
                : DomainGuards.InvalidState(
                    $"Ärendet {CaseNumber} kan inte {action.Swedish}: det är {SwedishStatus(Status)} och måste återkomma först.",
                    $"Cannot {action.English} matter {CaseNumber}: it is {Status} and must return first.");
        }
    }

    private void Require(MatterStatus a, MatterStatus b, LocalizedText action)
    {
        if (Status != a && Status != b)
        {
            throw DomainGuards.InvalidState(
                $"Ärendet {CaseNumber} kan inte {action.Swedish}: det är {SwedishStatus(Status)}, inte {SwedishStatus(a)} eller {SwedishStatus(b)}.",
                $"Cannot {action.English} matter {CaseNumber}: it is {Status}, not {a} or {b}.");
        }
    }

    private static string SwedishStatus(MatterStatus status) => status switch
    {
        MatterStatus.Prepared => "under beredning",
        MatterStatus.OnAgenda => "på föredragningslistan",
        MatterStatus.Decided => "avgjort",
        MatterStatus.ReferredBack => "återremitterat",
        MatterStatus.Tabled => "bordlagt",
        _ => "återkommet",
    };
}
