using Trygghet.Domain.Procedure.Facts;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.Procedure.Rules;

/// <summary>Laga kraft trots överklagande (a paragraph is recorded as final while an appeal against it is registered).</summary>
internal sealed class FinalWhileAppealedRule : Rule
{
    /// <inheritdoc/>
    public override RuleMetadata Metadata { get; } = new()
    {
        Id = "KL-13-5-LAGA-KRAFT-OVERKLAGAD",
        Basis = KommunallagenBasis.Cite("13 kap. 5 §", "ch. 13 s. 5"),
        Tags = ["procedure", "appeal"],
    };

    /// <inheritdoc/>
    protected override void Define(RuleBuilder rule) =>
        rule.Match<ParagraphMarkedFinal>()
            .Join<AppealRecorded, int>(f => f.Paragraph, a => a.Paragraph)
            .Then((ctx, f, a) => ctx.Report(f.Path, ("paragraph", f.Paragraph), ("final", f.From), ("appealed", a.Received)));
}
