using System.Collections.Immutable;

namespace Trygghet.Domain.Rules.Agreements;

/// <summary>
/// Regler för samverkansöverenskommelser (the cooperation agreement rules), including the validity rules shared
/// with citizen promises and the portfolio rules on gaps and overlaps between agreements. Feed them facts from
/// <c>AgreementFacts.From</c>, <c>PromiseFacts.From</c> or <c>PortfolioFacts.From</c>.
/// </summary>
public static class AgreementRules
{
    /// <summary>Every agreement rule (both versions of SOK-SYFTE-OMRADEN).</summary>
    public static ImmutableArray<Rule> All { get; } =
    [
        new ValidityNotStartedRule(),
        new ValidityExpiringRule(),
        new ValidityExpiredRule(),
        new PartyMissingRule(),
        new SignatoryMissingRule(),
        new AreaCommitmentMissingRule(),
        new MeasureNumberRule(),
        new HalfTimeFollowUpMissedRule(),
        new QuarterlyCheckInMissedRule(),
        new PeriodicFollowUpMissedRule(),
        new PurposeAndAreasStatedPracticeRule(),
        new PurposeAndAreasStatedRule(),
        new AgreementGapRule(),
        new AgreementOverlapRule(),
    ];
}
