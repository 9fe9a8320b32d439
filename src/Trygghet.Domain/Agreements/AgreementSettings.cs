namespace Trygghet.Domain.Agreements;

/// <summary>
/// Inställningar (settings) for the agreement, promise and portfolio rules; pass your own record through the
/// rule session's settings to change them.
/// </summary>
/// <remarks>Equality is structural.</remarks>
public sealed record AgreementSettings
{
    /// <summary>
    /// How many days before its end a document counts as <see cref="ValidityStatus.Expiring"/>: the last
    /// <c>ExpiryWarningDays</c> days of the validity. Default 90; 0 turns the warning off.
    /// </summary>
    public int ExpiryWarningDays { get; init => field = Guard.Against.Below(value, 0, nameof(ExpiryWarningDays)); } = 90;

    /// <summary>
    /// Days on either side of the midpoint within which a follow-up counts as the half-time follow-up
    /// ("följas upp efter halva tiden"). Default 60.
    /// </summary>
    public int HalfTimeWindowDays { get; init => field = Guard.Against.Below(value, 0, nameof(HalfTimeWindowDays)); } = 60;

    /// <summary>
    /// Days after the end of a quarter (or term, tertial, year) still allowed for its periodic follow-up. Default 0.
    /// </summary>
    public int PeriodicFollowUpGraceDays { get; init => field = Guard.Against.Below(value, 0, nameof(PeriodicFollowUpGraceDays)); }
}
