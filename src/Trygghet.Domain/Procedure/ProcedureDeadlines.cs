using Trygghet.Domain.Calendar;

namespace Trygghet.Domain.Procedure;

/// <summary>
/// Fristberäkning (procedural deadlines): the one calculation of the deadline chain after a meeting. Each link
/// (justering, anslag, end of the appeal period, removal, laga kraft) is computed here only: <see cref="Compute"/>
/// chains the links for callers, and the procedure rules that derive the chain's facts call the same links.
/// Every statutory day is moved by Lag (1930:173) to the next working day unless the settings say otherwise.
/// </summary>
public static class ProcedureDeadlines
{
    /// <summary>
    /// The tag of the rules of the chain (the four that derive its days and the five that judge recorded days against
    /// them): <see cref="Validation.DeadlineCalculator"/> runs the default rules with this tag.
    /// </summary>
    internal const string ChainTag = "deadline-chain";

    /// <summary>Days from the meeting to the latest justering (KL 5 kap. 69 §; nämnder through 6 kap. 35 §).</summary>
    public const int AttestationDays = 14;

    /// <summary>Days from the justering to the latest notice (KL 8 kap. 12 §: "senast andra dagen efter").</summary>
    public const int NoticeDays = 2;

    /// <summary>Days from the notice to the end of the appeal period (KL 13 kap. 5 §: three weeks).</summary>
    public const int AppealDays = 21;

    /// <summary>Senaste justeringsdag (the latest day to attest the protocol of a meeting).</summary>
    /// <param name="meeting">The meeting date.</param>
    /// <param name="settings">Settings, or null for the defaults.</param>
    /// <returns>The deadline.</returns>
    public static Deadline Attestation(DateOnly meeting, ProcedureSettings? settings = null) =>
        Deadline.On(Guard.Against.OutsideSupportedDates(meeting, nameof(meeting)).AddDays(AttestationDays), Move(settings));

    /// <summary>Senaste anslagsdag (the latest day to announce the justering on the notice board).</summary>
    /// <param name="attested">The day the protocol (or paragraph) was attested.</param>
    /// <param name="settings">Settings, or null for the defaults.</param>
    /// <returns>The deadline.</returns>
    public static Deadline Notice(DateOnly attested, ProcedureSettings? settings = null) =>
        Deadline.On(InCalendar(attested, nameof(attested)).AddDays(NoticeDays), Move(settings));

    /// <summary>Överklagandetidens sista dag (the last day of the appeal period: the same weekday three weeks after the notice day).</summary>
    /// <param name="posted">The day the justering was announced.</param>
    /// <param name="settings">Settings, or null for the defaults.</param>
    /// <returns>The deadline.</returns>
    public static Deadline AppealPeriod(DateOnly posted, ProcedureSettings? settings = null) =>
        Deadline.On(InCalendar(posted, nameof(posted)).AddDays(AppealDays), Move(settings));

    /// <summary>The first day the notice may come down, given the appeal period's last day and the removal policy.</summary>
    /// <param name="appealPeriodEnds">The last day of the appeal period.</param>
    /// <param name="settings">Settings, or null for the defaults.</param>
    /// <returns>The earliest lawful removal day.</returns>
    public static DateOnly EarliestRemoval(DateOnly appealPeriodEnds, ProcedureSettings? settings = null) =>
        (settings ?? Defaults).NoticeRemoval == NoticeRemovalPolicy.AtEndOfRecordedDay ? appealPeriodEnds : DayAfter(appealPeriodEnds, nameof(appealPeriodEnds));

    /// <summary>Laga kraft (the first day a decision not appealed is final: the day after the appeal period).</summary>
    /// <param name="appealPeriodEnds">The last day of the appeal period.</param>
    /// <returns>The day after.</returns>
    public static DateOnly LegallyFinalFrom(DateOnly appealPeriodEnds) => DayAfter(appealPeriodEnds, nameof(appealPeriodEnds));

    /// <summary>
    /// Whether a notice removed on <paramref name="removed"/> came down before <see cref="EarliestRemoval"/>: then the
    /// appeal period does not run out (KL 13 kap. 5 § third sentence).
    /// </summary>
    internal static bool RemovedEarly(DateOnly appealPeriodEnds, DateOnly? removed, ProcedureSettings? settings) =>
        removed is { } r && r < EarliestRemoval(appealPeriodEnds, settings);

    /// <summary>Laga kraft from the day after the appeal period, or null when the notice came down too early.</summary>
    internal static DateOnly? LegallyFinal(DateOnly appealPeriodEnds, DateOnly? removed, ProcedureSettings? settings) =>
        RemovedEarly(appealPeriodEnds, removed, settings) ? null : LegallyFinalFrom(appealPeriodEnds);

    // A day of the chain after the meeting may lie past the supported dates, but its deadline must still be in the
    // calendar: a month before the calendar's end leaves room for three weeks and a move.
    private static DateOnly InCalendar(DateOnly day, string parameterName) =>
        day.Year < Calendar.SwedishCalendar.MinYear || day > new DateOnly(Calendar.SwedishCalendar.MaxYear, 11, 30)
            ? throw new ArgumentOutOfRangeException(parameterName, day, "The day lies too close to the end of the Swedish calendar, or before it.")
            : day;

    private static DateOnly DayAfter(DateOnly day, string parameterName) => day == DateOnly.MaxValue
        ? throw new ArgumentOutOfRangeException(parameterName, day, "No day follows the last representable date.")
        : day.AddDays(1);

    /// <summary>
    /// The whole chain for a meeting: from the recorded days where given, otherwise projected from the latest lawful day.
    /// </summary>
    /// <param name="meeting">Sammanträdesdatum.</param>
    /// <param name="attested">Justeringsdag, or null.</param>
    /// <param name="posted">Anslag uppsatt, or null.</param>
    /// <param name="removed">Anslag nedtaget, or null.</param>
    /// <param name="body">Organtyp (default nämnd).</param>
    /// <param name="settings">Settings, or null for the defaults.</param>
    /// <returns>The deadline chain.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A recorded day precedes the step before it, or a date is outside the calendar's years.</exception>
    public static DeadlineChain Compute(
        DateOnly meeting,
        DateOnly? attested = null,
        DateOnly? posted = null,
        DateOnly? removed = null,
        BodyKind body = BodyKind.Committee,
        ProcedureSettings? settings = null)
    {
        if (meeting.Year < SwedishCalendar.MinYear || meeting.Year > SwedishCalendar.MaxYear - 1)
        {
            throw new ArgumentOutOfRangeException(nameof(meeting), meeting, $"The meeting must fall in {SwedishCalendar.MinYear}-{SwedishCalendar.MaxYear - 1}.");
        }

        if (attested is { } a && a < meeting)
        {
            throw new ArgumentOutOfRangeException(nameof(attested), a, "The protocol cannot be attested before the meeting.");
        }

        if (posted is { } p && p < (attested ?? meeting))
        {
            throw new ArgumentOutOfRangeException(nameof(posted), p, "The notice cannot be posted before the justering.");
        }

        if (removed is { } r && posted is { } p2 && r < p2)
        {
            throw new ArgumentOutOfRangeException(nameof(removed), r, "The notice cannot be removed before it was posted.");
        }

        var attestation = Attestation(meeting, settings);
        var notice = Notice(attested ?? attestation.Date, settings);
        var appeal = AppealPeriod(posted ?? notice.Date, settings);
        return new DeadlineChain
        {
            Meeting = meeting,
            Body = body,
            AttestationDeadline = attestation,
            Attested = attested,
            NoticeDeadline = notice,
            Posted = posted,
            AppealPeriodEnds = appeal,
            EarliestRemoval = EarliestRemoval(appeal.Date, settings),
            Removed = removed,
            LegallyFinalFrom = LegallyFinal(appeal.Date, removed, settings),
        };
    }

    /// <summary>The chain of a recorded protocol (its main attestation and notice).</summary>
    /// <param name="protocol">The protocol.</param>
    /// <param name="settings">Settings, or null for the defaults.</param>
    /// <returns>The deadline chain.</returns>
    public static DeadlineChain For(Protocol protocol, ProcedureSettings? settings = null)
    {
        Guard.Against.Null(protocol);
        return Compute(protocol.Meeting.Date, protocol.Attestation?.Date, protocol.Notice?.Posted, protocol.Notice?.Removed, protocol.Meeting.Body.Kind, settings);
    }

    private static readonly ProcedureSettings Defaults = new();

    private static bool Move(ProcedureSettings? settings) => (settings ?? Defaults).MoveDeadlinesToWorkingDay;
}
