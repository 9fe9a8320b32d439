using Trygghet.Domain.Procedure.Facts;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.Procedure.Rules;

/// <summary>Jävig deltog (a member recorded as disqualified took part in the decision, by vote or in the list of participants).</summary>
internal sealed class DisqualifiedMemberTookPartRule : Rule
{
    /// <inheritdoc/>
    public override RuleMetadata Metadata { get; } = new()
    {
        Id = "KL-6-30-JAV-DELTOG",
        Basis = KommunallagenBasis.Cite("5 kap. 47 §, 6 kap. 28-30 §§", "ch. 5 s. 47, ch. 6 ss. 28-30"),
        Tags = ["procedure", "meeting", "disqualification"],
    };

    /// <inheritdoc/>
    protected override void Define(RuleBuilder rule) =>
        rule.Match<DisqualifiedMember>()
            .Join<DecisionParticipant, (int, string)>(d => (d.Paragraph, d.Name), p => (p.Paragraph, p.Name))
            .Then((ctx, d, p) => ctx.Report(p.Path, ("member", d.Name), ("paragraph", d.Paragraph)));
}
