using Trygghet.Domain.Finance.Rules;

namespace Trygghet.Domain.Finance;

/// <summary>The kind <see cref="AppropriationDecision"/>: its descriptor with its rules.</summary>
internal static class AppropriationDocument
{
    public static DocumentDescriptor Descriptor { get; } = DocumentDescriptor.Create<AppropriationDecision>(
        DocumentKind.AppropriationDecision,
        new("anslagsbeslut", "appropriation decision"),
        "Anslagsbeslut (decision appropriating money).",
        Facts.FinanceFacts.From,
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
        ]);
}
