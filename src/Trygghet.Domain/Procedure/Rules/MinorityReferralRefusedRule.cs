using Trygghet.Domain.Procedure;
using Trygghet.Domain.Procedure.Facts;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.Procedure.Rules;

/// <summary>Minoritetskrav avslaget (in fullmäktige, a third of those present demanded referral or tabling, yet the matter was decided).</summary>
internal sealed class MinorityReferralRefusedRule : Rule
{
    /// <inheritdoc/>
    public override RuleMetadata Metadata { get; } = new()
    {
        Id = "KL-5-50-MINORITETSKRAV-AVSLAGET",
        Basis = KommunallagenBasis.Cite("5 kap. 50 §", "ch. 5 s. 50"),
        Tags = ["procedure", "referral", "council"],
    };

    /// <inheritdoc/>
    protected override void Define(RuleBuilder rule) =>
        rule.Match<ReferralDemand>(d => d.Present > 0
                && MinorityReferral.Evaluate(d.Body, Math.Min(d.Demanding, d.Present), d.Present, d.MinorityRightUsed, d.IsElection).MustBeGranted)
            .Join<ParagraphDecision, int>(d => d.Paragraph, p => p.Paragraph, (_, p) => p.Outcome is DecisionOutcome.Decided or DecisionOutcome.Noted)
            .Then((ctx, d, p) => ctx.Report(
                d.Path,
                ("demanding", d.Demanding),
                ("present", d.Present),
                ("kind", d.Kind),
                ("paragraph", d.Paragraph)));
}
