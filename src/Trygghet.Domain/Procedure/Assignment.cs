namespace Trygghet.Domain.Procedure;

/// <summary>Uppdragets läge (where an assignment stands on a day).</summary>
public enum AssignmentStatus
{
    /// <summary>Pågående (open, not yet due or with no deadline).</summary>
    Open,

    /// <summary>Återrapporterat (reported back).</summary>
    ReportedBack,

    /// <summary>Försenat (past its deadline and not reported back).</summary>
    Overdue,
}

/// <summary>
/// Uppdrag (an assignment a decision gives: to whom, what, by when or for which meeting), followed until it is
/// reported back. Auditors check exactly this ("verkställighet och återrapportering av beslut").
/// </summary>
/// <remarks>Equality compares all values.</remarks>
/// <param name="Assignee">Till vem (e.g. "kommundirektören", "Socialkontoret").</param>
/// <param name="Task">Vad (the assignment as written).</param>
/// <exception cref="ArgumentException">The assignee or the task is empty.</exception>
public sealed record Assignment(string Assignee, string Task)
{
    /// <summary>Till vem (who is to carry it out).</summary>
    public string Assignee { get; } = Guard.Against.NullOrWhiteSpace(Assignee);

    /// <summary>Vad (the assignment as written).</summary>
    public string Task { get; } = Guard.Against.NullOrWhiteSpace(Task);

    /// <summary>Senast (the day by which it is to be reported back), or null when the decision sets none.</summary>
    public DateOnly? Due { get; init; }

    /// <summary>Till sammanträde (the meeting it is to be reported to, as written, e.g. "KS i december 2021"), or null.</summary>
    public string? DueMeeting { get; init; }

    /// <summary>Återrapporterat (the day it was reported back), or null while not.</summary>
    public DateOnly? ReportedBack { get; init; }

    /// <summary>Avslutat genom (the later decision that closed it, e.g. "KS § 12, 2025-03-03, KS 25/0311"), or null.</summary>
    public string? ClosedBy { get; init; }

    /// <summary>
    /// Diarienummer för återrapporteringen (the case number the uppdrag is reported back under, when it is not the
    /// case number of the paragraph that gave it), or null. In a <see cref="ProtocolSeries"/> a later decision under
    /// this number reports the uppdrag back.
    /// </summary>
    public CaseNumber? CaseNumber { get; init; }

    /// <summary>
    /// Beteckning (a name for the uppdrag that a later decision can cite in <see cref="Decision.Closes"/>, e.g.
    /// "SN 2024-02-12 § 5 p. 2"), or null.
    /// </summary>
    public string? Reference { get; init; }

    /// <summary>Läget per en dag (reported back by then, overdue, or open).</summary>
    /// <param name="asOf">The day.</param>
    /// <returns>The status.</returns>
    public AssignmentStatus StatusOn(DateOnly asOf) =>
        ReportedBack is { } r && r <= asOf ? AssignmentStatus.ReportedBack
        : Due is { } d && asOf > d ? AssignmentStatus.Overdue
        : AssignmentStatus.Open;
}
