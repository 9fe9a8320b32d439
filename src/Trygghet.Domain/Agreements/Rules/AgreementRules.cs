using System.Collections.Immutable;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.Agreements.Rules;

/// <summary>
/// Regler för samverkansöverenskommelser (the cooperation agreement rules), including the validity rules shared
/// with citizen promises. Feed them facts from <c>AgreementFacts.From</c> or <c>PromiseFacts.From</c>.
/// </summary>
internal static class AgreementRules
{
    /// <summary>Every agreement rule (both versions of SOK-SYFTE-OMRADEN).</summary>
    public static ImmutableArray<Rule> All { get; } =
    [
        ValidityRule.NotStarted,
        ValidityRule.Expiring,
        ValidityRule.Expired,
        PartyKindMissingRule.Parties,
        PartyKindMissingRule.Signatories,
        new AreaCommitmentMissingRule(),
        new MeasureNumberRule(),
        FollowUpMissedRule.HalfTime,
        FollowUpMissedRule.Quarterly,
        FollowUpMissedRule.Periodic,
        new PurposeAndAreasStatedPracticeRule(),
        new PurposeAndAreasStatedRule(),
    ];
}
