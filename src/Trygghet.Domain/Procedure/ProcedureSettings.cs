namespace Trygghet.Domain.Procedure;

/// <summary>Nedtagning av anslag (when a notice may come down from the notice board).</summary>
public enum NoticeRemovalPolicy
{
    /// <summary>
    /// På eller efter sista överklagandedagen (on or after the last day of the appeal period): the practice of seed 000,
    /// where the notice came down on the last appeal day. The default.
    /// </summary>
    OnOrAfterLastAppealDay,

    /// <summary>Först dagen efter sista överklagandedagen (only from the day after the last appeal day): the stricter practice.</summary>
    AfterLastAppealDay,
}

/// <summary>
/// Inställningar för sammanträdesreglerna (settings for the procedure rules): local practice that the law leaves open.
/// Pass an instance through the rule session's settings; <c>new ProcedureSettings()</c> gives the defaults.
/// </summary>
/// <remarks>Equality compares all settings.</remarks>
public sealed record ProcedureSettings
{
    /// <summary>
    /// When the notice may come down (KL 8 kap. 12 §: not before the appeal period has ended). Default
    /// <see cref="NoticeRemovalPolicy.OnOrAfterLastAppealDay"/>.
    /// </summary>
    public NoticeRemovalPolicy NoticeRemoval { get; init; } = NoticeRemovalPolicy.OnOrAfterLastAppealDay;

    /// <summary>
    /// Whether statutory deadlines on a Saturday, Sunday, public holiday, midsommarafton, julafton or nyårsafton move
    /// to the next working day (Lag 1930:173). Default true; false gives the plain calendar days.
    /// </summary>
    public bool MoveDeadlinesToWorkingDay { get; init; } = true;
}
