using Trygghet.Domain.Promises;
using Trygghet.Domain.Promises.Facts;
using Trygghet.Domain.Agreements.Rules;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.Promises.Rules;

/// <summary>ML-ATAGANDE-RISK: in a running period a commitment's count lags behind an even spread of the required count.</summary>
internal sealed class CommitmentAtRiskRule : Rule
{
    /// <inheritdoc/>
    public override RuleMetadata Metadata { get; } = new()
    {
        Id = "ML-ATAGANDE-RISK",
        Basis = AgreementBases.PromiseCommitments,
        DefaultSeverity = Severity.Info,
        Tags = ["promise", "commitments"],
    };

    /// <inheritdoc/>
    protected override void Define(RuleBuilder rule) =>
        rule.Match<CommitmentFact>(c => c.Commitment.Quota is not null)
            .Then((ctx, c) => CommitmentRuleSupport.Report(ctx, c, CommitmentStatus.AtRisk));
}
