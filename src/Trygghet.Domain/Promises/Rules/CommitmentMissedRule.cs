using Trygghet.Domain.Promises;
using Trygghet.Domain.Promises.Facts;
using Trygghet.Domain.Agreements.Rules;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.Promises.Rules;

/// <summary>ML-ATAGANDE-MISSAT: a period has ended without the count a commitment requires (see <see cref="CommitmentEvaluator"/>).</summary>
internal sealed class CommitmentMissedRule : Rule
{
    /// <inheritdoc/>
    public override RuleMetadata Metadata { get; } = new()
    {
        Id = "ML-ATAGANDE-MISSAT",
        Basis = AgreementBases.PromiseCommitments,
        Tags = ["promise", "commitments"],
    };

    /// <inheritdoc/>
    protected override void Define(RuleBuilder rule) =>
        rule.Match<CommitmentFact>(c => c.Commitment.Quota is not null)
            .Then((ctx, c) => CommitmentRuleSupport.Report(ctx, c, CommitmentStatus.Missed));
}
