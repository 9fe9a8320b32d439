using Trygghet.Domain.Procedure;
using Trygghet.Domain.Procedure.Facts;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.Procedure.Rules;

/// <summary>Extra val ej bordlagt (fullmäktige decided a supplementary election the first time it was taken up).</summary>
internal sealed class SupplementaryElectionNotTabledRule : Rule
{
    /// <inheritdoc/>
    public override RuleMetadata Metadata { get; } = new()
    {
        Id = "KL-5-50-EXTRA-VAL-EJ-BORDLAGT",
        Basis = KommunallagenBasis.Cite("5 kap. 50 §", "ch. 5 s. 50"),
        Tags = ["procedure", "council", "election"],
    };

    /// <inheritdoc/>
    protected override void Define(RuleBuilder rule) =>
        rule.Match<SupplementaryElection>(e => !e.PreviouslyTabled)
            .Join<ParagraphDecision, int>(e => e.Paragraph, d => d.Paragraph, (_, d) => d.Outcome == DecisionOutcome.Decided)
            .Then((ctx, e, d) => ctx.Report(d.Path, ("paragraph", e.Paragraph)));
}
