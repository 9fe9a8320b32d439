using Trygghet.Domain.Procedure.Facts;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.Procedure.Rules;

/// <summary>Reservation av icke tjänstgörande (a dissent in a paragraph by someone who did not serve in it).</summary>
internal sealed class DissentWithoutServiceRule : Rule
{
    /// <inheritdoc/>
    public override RuleMetadata Metadata { get; } = new()
    {
        Id = "KL-4-27-RESERVATION-EJ-TJANSTGORANDE",
        Name = new("Reservation av icke tjänstgörande", "Dissent by someone not serving"),
        Description = new(
            "Bara den som har deltagit i avgörandet av ett ärende får reservera sig; den som inte tjänstgjorde i paragrafen har inte deltagit.",
            "Only a member who took part in deciding a matter may dissent; someone who did not serve in the paragraph did not take part."),
        Message = new(
            "{member} reserverade sig i § {paragraph} men tjänstgjorde inte i den paragrafen.",
            "{member} dissented in § {paragraph} but did not serve in that paragraph."),
        Basis = KommunallagenBasis.Cite("4 kap. 27 §", "ch. 4 s. 27"),
        DefaultSeverity = Severity.Error,
        Tags = ["procedure", "meeting", "dissent"],
    };

    /// <inheritdoc/>
    protected override void Define(RuleBuilder rule) =>
        rule.Match<DissentRecorded>()
            .Exists<ServingInParagraph, int>(d => d.Paragraph, s => s.Paragraph)
            .NotExists<ServingInParagraph, (int, string)>(d => (d.Paragraph, d.Name), s => (s.Paragraph, s.Name))
            .NotExists<DisqualifiedMember, (int, string)>(d => (d.Paragraph, d.Name), j => (j.Paragraph, j.Name)) // reported as jäv instead
            .Then((ctx, d) => ctx.Report(d.Path, ("member", d.Name), ("paragraph", d.Paragraph)));
}
