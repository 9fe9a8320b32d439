using Trygghet.Domain.Procedure;
using Trygghet.Domain.Procedure.Facts;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.Procedure.Rules;

/// <summary>Minoritetsrätten redan använd (a referral or tabling granted on a minority's demand a second time).</summary>
internal sealed class MinorityRightReusedRule : Rule
{
    /// <inheritdoc/>
    public override RuleMetadata Metadata { get; } = new()
    {
        Id = "KL-5-50-MINORITETSRATT-FORBRUKAD",
        Basis = KommunallagenBasis.Cite("5 kap. 50 §", "ch. 5 s. 50"),
        Tags = ["procedure", "referral", "council"],
    };

    /// <inheritdoc/>
    protected override void Define(RuleBuilder rule) =>
        rule.Match<ParagraphDecision>(d => d.Body == BodyKind.Council && d.OnMinorityDemand && d.MinorityRightUsed && d.Outcome is DecisionOutcome.ReferredBack or DecisionOutcome.Tabled)
            .Then((ctx, d) => ctx.Report(d.Path, ("paragraph", d.Paragraph)));
}
