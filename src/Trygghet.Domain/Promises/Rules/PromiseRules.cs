using System.Collections.Immutable;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.Promises.Rules;

/// <summary>
/// Regler för medborgarlöften (the citizen promise rules). The validity rules shared with agreements are in
/// <c>AgreementRules</c>; add both sets to check a promise fully.
/// </summary>
internal static class PromiseRules
{
    /// <summary>Every promise rule.</summary>
    public static ImmutableArray<Rule> All { get; } =
    [
        new PromiseDecisionMissingRule(),
        CommitmentRule.Missed,
        CommitmentRule.AtRisk,
        new UnknownCommitmentActivityRule(),
        new PromiseOutsideAgreementRule(),
        new PromiseAgreementMissingRule(),
    ];
}
