using Trygghet.Domain.Procedure;
using Trygghet.Domain.Procedure.Facts;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.Procedure.Rules;

/// <summary>
/// Ej beslutför (a decision, referral or tabling in a paragraph where not more than half of all seats were filled:
/// judged per paragraph; in a nämnd a member who left for jäv is absent, in fullmäktige jäv does not break quorum).
/// </summary>
internal sealed class InquorateDecisionRule : Rule
{
    /// <inheritdoc/>
    public override RuleMetadata Metadata { get; } = new()
    {
        Id = "KL-6-27-BESLUTSFORHET",
        Basis = KommunallagenBasis.Cite("5 kap. 45-46 §§, 6 kap. 27 och 30 §§", "ch. 5 ss. 45-46, ch. 6 ss. 27 and 30"),
        Tags = ["procedure", "meeting", "quorum"],
    };

    /// <inheritdoc/>
    protected override void Define(RuleBuilder rule) =>
        rule.Match<Attendance>(a => !Quorum.IsQuorate(a.Serving, a.Seats))
            .Then((ctx, a) => ctx.Report(a.Path, ("paragraph", a.Paragraph), ("present", a.Serving), ("seats", a.Seats), ("required", Quorum.MinimumPresent(a.Seats))));
}
