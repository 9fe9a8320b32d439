using System.Collections.Immutable;

namespace Trygghet.Domain.Rules.Finance;

/// <summary>Anslagsregler (the default rules for appropriation decisions).</summary>
public static class FinanceRules
{
    /// <summary>All finance rules.</summary>
    public static ImmutableArray<Rule> All { get; } =
    [
        new AreaAllocationAboveRangeRule(),
        new AreaAllocationBelowRangeRule(),
        new AllocatedExceedsSetAsideRule(),
        new EstimateExceedsSetAsideRule(),
        new OperatingAndInvestmentMixedRule(),
        new UnknownFundingSourceRule(),
        new MeasureNotInOneAreaRule(),
        new UnknownMeasureReferenceRule(),
        new FinancialFollowUpMissedRule(),
    ];
}
