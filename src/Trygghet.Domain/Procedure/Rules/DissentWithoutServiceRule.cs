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
        Basis = KommunallagenBasis.Cite("4 kap. 27 §", "ch. 4 s. 27"),
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
