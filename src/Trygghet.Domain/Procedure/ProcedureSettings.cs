namespace Trygghet.Domain.Procedure;

/// <summary>Nedtagning av anslag (when a notice may come down from the notice board).</summary>
public enum NoticeRemovalPolicy
{
    /// <summary>
    /// Först dagen efter sista överklagandedagen (only from the day after the last appeal day). The default: the notice
    /// must be on the board during the whole appeal period (KL 13 kap. 5 § third sentence), and a removal recorded on
    /// the last day may have happened before the day ended.
    /// </summary>
    AfterLastAppealDay,

    /// <summary>
    /// Vid dagens slut (the board takes notices down at the end of the recorded day): a removal recorded on the last
    /// appeal day still leaves the notice up the whole period. Choose this only when the notice board works that way.
    /// </summary>
    AtEndOfRecordedDay,
}

/// <summary>
/// Inställningar för sammanträdesreglerna (settings for the procedure rules): local practice that the law leaves open.
/// Pass an instance through the rule session's settings; <c>new ProcedureSettings()</c> gives the defaults.
/// </summary>
/// <remarks>Equality compares all settings.</remarks>
public sealed record ProcedureSettings
{
    /// <summary>
    /// When the notice may come down (KL 8 kap. 12 §: not before the appeal period has ended; 13 kap. 5 §: it must be
    /// up the whole period). Default <see cref="NoticeRemovalPolicy.AfterLastAppealDay"/>.
    /// </summary>
    public NoticeRemovalPolicy NoticeRemoval { get; init; } = NoticeRemovalPolicy.AfterLastAppealDay;

    /// <summary>
    /// Kallelse i nämnd (how many days before its meetings a nämnd's members and substitutes must be summoned, as its
    /// reglemente says; the law sets no days for a nämnd), or null when not judged. Default null.
    /// </summary>
    public int? CommitteeSummonsDays
    {
        get;
        init => field = value is null or >= 0 ? value : throw DomainGuards.OutOfRange(nameof(CommitteeSummonsDays), value, "Antalet dagar för kallelse kan inte vara negativt.", "The days of notice cannot be negative.");
    }

    /// <summary>
    /// Whether statutory deadlines on a Saturday, Sunday, public holiday, midsommarafton, julafton or nyårsafton move
    /// to the next working day (Lag 1930:173). Default true; false gives the plain calendar days.
    /// </summary>
    public bool MoveDeadlinesToWorkingDay { get; init; } = true;
}
