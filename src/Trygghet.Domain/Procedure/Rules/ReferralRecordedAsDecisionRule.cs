using Trygghet.Domain.Procedure;
using Trygghet.Domain.Procedure.Facts;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.Procedure.Rules;

/// <summary>
/// Återremiss protokollförd som beslut (the decision process adopted a referral or tabling, yet the paragraph records the
/// matter as decided: a referral leaves the matter open).
/// </summary>
internal sealed class ReferralRecordedAsDecisionRule : Rule
{
    /// <inheritdoc/>
    public override RuleMetadata Metadata { get; } = new()
    {
        Id = "KL-5-67-ATERREMISS-SOM-BESLUT",
        Basis = KommunallagenBasis.Cite("5 kap. 67 § 4, 6 kap. 35 §", "ch. 5 s. 67 p. 4, ch. 6 s. 35"),
        Tags = ["procedure", "referral", "protocol"],
    };

    /// <inheritdoc/>
    protected override void Define(RuleBuilder rule) =>
        rule.Match<ParagraphDecision>(d => d.AdoptedMotion is MotionKind.Referral or MotionKind.Tabling && d.Outcome == DecisionOutcome.Decided)
            .Then((ctx, d) => ctx.Report(d.Path, ("paragraph", d.Paragraph), ("kind", d.AdoptedMotion)));
}
