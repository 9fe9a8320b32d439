using Trygghet.Domain.Promises.Facts;
using Trygghet.Domain.Agreements.Rules;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.Promises.Rules;

/// <summary>ML-AKTIVITET-OKANT: an activity is recorded for a commitment the promise does not have, so it counts for nothing.</summary>
internal sealed class UnknownCommitmentActivityRule : Rule
{
    /// <inheritdoc/>
    public override RuleMetadata Metadata { get; } = new()
    {
        Id = "ML-AKTIVITET-OKANT",
        Basis = AgreementBases.PromiseCommitments,
        Tags = ["promise", "commitments"],
    };

    /// <inheritdoc/>
    protected override void Define(RuleBuilder rule) =>
        rule.Match<ActivityFact>(a => !a.CommitmentKnown)
            .Then((ctx, a) => ctx.Report(JsonPath.Member(a.Path, "commitmentId"), ("date", a.Date), ("commitment", a.CommitmentId)));
}
