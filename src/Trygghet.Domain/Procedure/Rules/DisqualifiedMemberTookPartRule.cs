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
        Name = new("Jävig deltog i beslutet", "Disqualified member took part"),
        Description = new(
            "Den som är jävig får inte delta i handläggningen av ärendet (fullmäktige: 5 kap. 47 §; nämnder: 6 kap. 28-30 §§).",
            "A disqualified member may not take part in handling the matter (council: ch. 5 s. 47; committees: ch. 6 ss. 28-30)."),
        Message = new("{member} är antecknad som jävig i § {paragraph} men deltog i beslutet.", "{member} is recorded as disqualified in § {paragraph} but took part in the decision."),
        Basis = KommunallagenBasis.Cite("5 kap. 47 §, 6 kap. 28-30 §§", "ch. 5 s. 47, ch. 6 ss. 28-30"),
        DefaultSeverity = Severity.Error,
        Tags = ["procedure", "meeting", "disqualification"],
    };

    /// <inheritdoc/>
    protected override void Define(RuleBuilder rule) =>
        rule.Match<DisqualifiedMember>()
            .Join<DecisionParticipant, (int, string)>(d => (d.Paragraph, d.Name), p => (p.Paragraph, p.Name))
            .Then((ctx, d, p) => ctx.Report(p.Path, ("member", d.Name), ("paragraph", d.Paragraph)));
}
