using Trygghet.Domain.Procedure.Facts;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.Procedure.Rules;

/// <summary>Kan inte överklagas (a nämnd's purely preparatory or executive decision: no appeal period to wait for).</summary>
internal sealed class NonAppealableDecisionRule : Rule
{
    /// <inheritdoc/>
    public override RuleMetadata Metadata { get; } = new()
    {
        Id = "KL-13-2-EJ-OVERKLAGBART",
        Basis = KommunallagenBasis.Cite("13 kap. 2 §", "ch. 13 s. 2"),
        DefaultSeverity = Severity.Info,
        Tags = ["procedure", "appeal"],
    };

    /// <inheritdoc/>
    protected override void Define(RuleBuilder rule) =>
        rule.Match<NonAppealableDecision>()
            .Then((ctx, d) => ctx.Report(d.Path, ("paragraph", d.Paragraph)));
}
