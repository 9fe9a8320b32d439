namespace Trygghet.Domain.Procedure;

/// <summary>
/// Fristkedja (the chain of deadlines after a meeting): justering, notice, appeal period, finality; with what was
/// recorded and whether it met its deadline. Where a step is not recorded yet, the next step is projected from the
/// latest lawful day (<see cref="IsProjected"/>).
/// </summary>
/// <remarks>Produced by <see cref="ProcedureDeadlines.Compute"/>. Equality compares all values.</remarks>
public sealed record DeadlineChain
{
    /// <summary>Sammanträdesdatum (the meeting date).</summary>
    public required DateOnly Meeting { get; init; }

    /// <summary>Organtyp (the kind of body; it decides which paragraph of KL is cited, not the days).</summary>
    public required BodyKind Body { get; init; }

    /// <summary>Senaste justeringsdag (KL 5 kap. 69 §, for nämnder through 6 kap. 35 §: 14 days after the meeting).</summary>
    public required Deadline AttestationDeadline { get; init; }

    /// <summary>Justerat (the recorded attestation day), or null.</summary>
    public DateOnly? Attested { get; init; }

    /// <summary>Justerat för sent (attested after the deadline), or null when not attested.</summary>
    public bool? AttestedLate => Attested is { } a ? a > AttestationDeadline.Date : null;

    /// <summary>Senaste anslagsdag (KL 8 kap. 12 §: the second day after the justering, or after its deadline when not attested).</summary>
    public required Deadline NoticeDeadline { get; init; }

    /// <summary>Anslaget uppsatt (the recorded posting day), or null.</summary>
    public DateOnly? Posted { get; init; }

    /// <summary>Anslaget för sent (posted after the deadline), or null when not posted.</summary>
    public bool? PostedLate => Posted is { } p ? p > NoticeDeadline.Date : null;

    /// <summary>Överklagandetiden löper ut (KL 13 kap. 5 §: three weeks from the notice day, the same weekday; moved by Lag 1930:173).</summary>
    public required Deadline AppealPeriodEnds { get; init; }

    /// <summary>Tidigaste nedtagning (the first day the notice may come down, per <see cref="ProcedureSettings.NoticeRemoval"/>).</summary>
    public required DateOnly EarliestRemoval { get; init; }

    /// <summary>Anslaget nedtaget (the recorded removal day), or null.</summary>
    public DateOnly? Removed { get; init; }

    /// <summary>Nedtaget för tidigt (removed before <see cref="EarliestRemoval"/>), or null when not removed.</summary>
    public bool? RemovedEarly => Removed is { } r ? r < EarliestRemoval : null;

    /// <summary>
    /// Laga kraft från (the day after the appeal period ends, when no appeal is lodged), or null when the notice came
    /// down too early: the appeal period does not run out unless the notice stays up throughout (KL 13 kap. 5 § third sentence).
    /// </summary>
    public DateOnly? LegallyFinalFrom { get; init; }

    /// <summary>
    /// Lagrum (the paragraphs the chain rests on for this kind of body: fullmäktige directly under KL 5 kap. 69 §, nämnder and
    /// utskott through 6 kap. 35 §; notice 8 kap. 12 §; appeal 13 kap. 5 §; Lag 1930:173 for moved deadlines).
    /// </summary>
    public LocalizedText Citation => Body == BodyKind.Council
        ? new("KL 5 kap. 69 §, 8 kap. 12 §, 13 kap. 5 §; lag (1930:173)", "Local Government Act ch. 5 s. 69, ch. 8 s. 12, ch. 13 s. 5; Act (1930:173)")
        : new("KL 6 kap. 35 § med 5 kap. 69 § och 8 kap. 12 §; 13 kap. 5 §; lag (1930:173)", "Local Government Act ch. 6 s. 35 with ch. 5 s. 69 and ch. 8 s. 12; ch. 13 s. 5; Act (1930:173)");

    /// <summary>True when the attestation or the notice is not recorded and later steps are projected from deadlines.</summary>
    public bool IsProjected => Attested is null || Posted is null;
}
