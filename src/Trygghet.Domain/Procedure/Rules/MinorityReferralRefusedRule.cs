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
        Name = new("Minoritetskrav avslaget", "Minority demand refused"),
        Description = new(
            "I fullmäktige ska ett ärende bordläggas eller återremitteras om minst en tredjedel av de närvarande ledamöterna begär det, första gången och utom vid val.",
            "In the council a matter must be tabled or referred back when at least a third of the members present demand it, the first time and except for elections."),
        Message = new("{demanding} av {present} närvarande begärde {kind} i § {paragraph}, men ärendet avgjordes.", "{demanding} of {present} present demanded {kind} in § {paragraph}, but the matter was decided."),
        Basis = KommunallagenBasis.Cite("5 kap. 50 §", "ch. 5 s. 50"),
        DefaultSeverity = Severity.Error,
        Tags = ["procedure", "referral", "council"],
    };

    /// <inheritdoc/>
    protected override void Define(RuleBuilder rule) =>
        rule.Match<ReferralDemand>(d => d.Evaluation is { MustBeGranted: true })
            .Join<ParagraphDecision, int>(d => d.Paragraph, p => p.Paragraph, (_, p) => p.Outcome is DecisionOutcome.Decided or DecisionOutcome.Noted)
            .Then((ctx, d, p) => ctx.Report(
                d.Path,
                ("demanding", d.Demanding),
                ("present", d.Present),
                ("kind", d.Kind == MotionKind.Referral ? "återremiss" : "bordläggning"),
                ("paragraph", d.Paragraph)));
}
