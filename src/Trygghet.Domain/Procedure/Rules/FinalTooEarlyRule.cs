using Trygghet.Domain.Procedure.Facts;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.Procedure.Rules;

/// <summary>Laga kraft för tidigt (a paragraph is recorded as final before the appeal period has run out).</summary>
internal sealed class FinalTooEarlyRule : Rule
{
    /// <inheritdoc/>
    public override RuleMetadata Metadata { get; } = new()
    {
        Id = "KL-13-5-LAGA-KRAFT-FOR-TIDIGT",
        Basis = KommunallagenBasis.Cite("13 kap. 5 §", "ch. 13 s. 5"),
        Tags = ["procedure", "appeal"],
    };

    /// <inheritdoc/>
    protected override void Define(RuleBuilder rule) =>
        rule.Match<ParagraphMarkedFinal>()
            .Join<ParagraphLegallyFinal, int>(m => m.Paragraph, f => f.Paragraph, (m, f) => m.From < f.From)
            .Then((ctx, m, f) => ctx.Report(m.Path, ("paragraph", m.Paragraph), ("marked", m.From), ("from", f.From)));
}
