namespace Trygghet.Domain.Finance;

/// <summary>
/// Ekonomisk uppföljning (how the use of the money is followed up): periodic over a span, e.g. tertialvis
/// (per April, per August and in the årsbokslut) during 2020.
/// </summary>
/// <param name="Span">The span followed up.</param>
/// <param name="Period">The period of the follow-up (<see cref="PeriodKind.Tertial"/> for tertialvis).</param>
public readonly record struct FinancialFollowUpPlan(DateRange Span, PeriodKind Period)
{
    /// <summary>Spann (the span followed up), in the supported dates.</summary>
    public DateRange Span { get; init => field = Guard.Against.OutsideSupportedDates(value, nameof(Span)); } = Guard.Against.OutsideSupportedDates(Span, nameof(Span));

    /// <summary>Period (how often the follow-up comes, e.g. tertial).</summary>
    public PeriodKind Period { get; init; } = Period;
}
