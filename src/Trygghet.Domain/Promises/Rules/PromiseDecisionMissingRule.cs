using Trygghet.Domain.Promises.Facts;
using Trygghet.Domain.Agreements.Rules;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.Promises.Rules;

/// <summary>
/// ML-BESLUT-SAKNAS: a promise valid "från och med beslutsdatum" has no decision recorded, so it has no start
/// date (seed 002 holds only the proposal to the kommunstyrelse).
/// </summary>
internal sealed class PromiseDecisionMissingRule : Rule
{
    /// <inheritdoc/>
    public override RuleMetadata Metadata { get; } = new()
    {
        Id = "ML-BESLUT-SAKNAS",
        Basis = AgreementBases.PromiseDecision,
        Tags = ["promise", "validity"],
    };

    /// <inheritdoc/>
    protected override void Define(RuleBuilder rule) =>
        rule.Match<PromiseFact>(p => p.StartsAtDecision && !p.HasDecision)
            .Then((ctx, p) => ctx.Report(JsonPath.Member(p.Path, "decision"), ("caseNumber", p.CaseNumber)));
}
