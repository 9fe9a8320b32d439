using Trygghet.Domain.Procedure.Facts;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.Procedure.Rules;

/// <summary>Reservation utan deltagande (a dissent by a member recorded as not taking part in the decision).</summary>
internal sealed class DissentWithoutParticipationRule : Rule
{
    /// <inheritdoc/>
    public override RuleMetadata Metadata { get; } = new()
    {
        Id = "KL-4-27-RESERVATION-UTAN-DELTAGANDE",
        Basis = KommunallagenBasis.Cite("4 kap. 27 §", "ch. 4 s. 27"),
        Tags = ["procedure", "meeting", "dissent"],
    };

    /// <inheritdoc/>
    protected override void Define(RuleBuilder rule) =>
        rule.Match<DissentRecorded>()
            .Join<NotTakingPart, (int, string)>(d => (d.Paragraph, d.Name), n => (n.Paragraph, n.Name))
            .Then((ctx, d, n) => ctx.Report(d.Path, ("member", d.Name), ("paragraph", d.Paragraph)));
}
