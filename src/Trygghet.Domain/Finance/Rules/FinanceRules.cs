using System.Collections.Immutable;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.Finance.Rules;

/// <summary>Anslagsregler (the default rules for appropriation decisions).</summary>
internal static class FinanceRules
{
    /// <summary>All finance rules.</summary>
    public static ImmutableArray<Rule> All { get; } =
    [
        AreaAllocationRangeRule.Above,
        AreaAllocationRangeRule.Below,
        new AllocatedExceedsSetAsideRule(),
        new EstimateExceedsSetAsideRule(),
        new OperatingAndInvestmentMixedRule(),
        new UnknownFundingSourceRule(),
        new MeasureNotInOneAreaRule(),
        new UnknownMeasureReferenceRule(),
        new FinancialFollowUpMissedRule(),
    ];
}
