using Trygghet.Domain.Procedure;
using Trygghet.Domain.Procedure.Facts;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.Procedure.Rules;

/// <summary>Minoritetsåterremiss utan motivering (a referral granted on a minority's demand, with no reasons from those who demanded it).</summary>
internal sealed class MinorityReferralWithoutReasonsRule : Rule
{
    /// <inheritdoc/>
    public override RuleMetadata Metadata { get; } = new()
    {
        Id = "KL-5-50-ATERREMISS-UTAN-MOTIVERING",
        Basis = KommunallagenBasis.Cite("5 kap. 50 §", "ch. 5 s. 50"),
        Tags = ["procedure", "referral", "council"],
    };

    /// <inheritdoc/>
    protected override void Define(RuleBuilder rule) =>
        rule.Match<ParagraphDecision>(d => d.Body == BodyKind.Council && d.OnMinorityDemand && d.Outcome == DecisionOutcome.ReferredBack)
            .NotExists<ReferralDemand, int>(d => d.Paragraph, r => r.Paragraph, (_, r) => r.Kind == MotionKind.Referral && r.HasReasons)
            .Then((ctx, d) => ctx.Report(d.Path, ("paragraph", d.Paragraph)));
}
