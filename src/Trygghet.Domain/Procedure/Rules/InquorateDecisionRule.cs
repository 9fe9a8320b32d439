using Trygghet.Domain.Procedure;
using Trygghet.Domain.Procedure.Facts;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.Procedure.Rules;

/// <summary>Ej beslutför (a decision, referral or tabling recorded at a meeting where not more than half of all seats were filled).</summary>
internal sealed class InquorateDecisionRule : Rule
{
    /// <inheritdoc/>
    public override RuleMetadata Metadata { get; } = new()
    {
        Id = "KL-6-27-BESLUTSFORHET",
        Basis = KommunallagenBasis.Cite("5 kap. 45 §, 6 kap. 27 §", "ch. 5 s. 45, ch. 6 s. 27"),
        Tags = ["procedure", "meeting", "quorum"],
    };

    /// <inheritdoc/>
    protected override void Define(RuleBuilder rule) =>
        rule.Match<Attendance>(a => !a.IsQuorate)
            .Join<ParagraphDecision, int>(_ => 0, _ => 0, (_, d) => d.Outcome != DecisionOutcome.Noted)
            .Then((ctx, a, d) => ctx.Report(d.Path, ("paragraph", d.Paragraph), ("present", a.Serving), ("seats", a.Seats), ("required", Quorum.MinimumPresent(a.Seats))));
}
