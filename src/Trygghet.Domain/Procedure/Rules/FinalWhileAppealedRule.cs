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
        Name = new("Laga kraft trots överklagande", "Final while appealed"),
        Description = new("Ett överklagat beslut vinner inte laga kraft vid överklagandetidens utgång.", "An appealed decision does not become final when the appeal period ends."),
        Message = new("§ {paragraph} är markerad som laga kraft {final} men ett överklagande inkom {appealed}.", "§ {paragraph} is marked final from {final} but an appeal was received on {appealed}."),
        Basis = KommunallagenBasis.Cite("13 kap. 5 §", "ch. 13 s. 5"),
        DefaultSeverity = Severity.Error,
        Tags = ["procedure", "appeal"],
    };

    /// <inheritdoc/>
    protected override void Define(RuleBuilder rule) =>
        rule.Match<ParagraphMarkedFinal>()
            .Join<AppealRecorded, int>(f => f.Paragraph, a => a.Paragraph)
            .Then((ctx, f, a) => ctx.Report(f.Path, ("paragraph", f.Paragraph), ("final", f.From), ("appealed", a.Received)));
}
