using Trygghet.Domain.Procedure.Facts;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.Procedure.Rules;

/// <summary>Laga kraft per paragraf (derives each decided paragraph's final day, unless an appeal reached the court in time).</summary>
internal sealed class ParagraphLegallyFinalRule : Rule
{
    /// <inheritdoc/>
    public override RuleMetadata Metadata { get; } = new()
    {
        Id = "KL-13-5-LAGA-KRAFT-PARAGRAF",
        Name = new("Laga kraft för paragraf", "Paragraph legally final"),
        Description = new(
            "Härleder när ett beslut i en paragraf vinner laga kraft; ett överklagande som kommit in i tid hindrar det, ett för sent inkommet gör det inte.",
            "Derives when a paragraph's decision becomes final; an appeal in time prevents it, a late one does not."),
        Message = new("Beslutet i § {paragraph} vinner laga kraft {from}.", "The decision in § {paragraph} becomes final on {from}."),
        Basis = KommunallagenBasis.Cite("13 kap. 5 §", "ch. 13 s. 5"),
        DefaultSeverity = Severity.Info,
        Tags = ["procedure", "appeal", "derived"],
        Priority = 60,
    };

    /// <inheritdoc/>
    protected override void Define(RuleBuilder rule) =>
        rule.Match<DecisionInChain>()
            .Join<LegallyFinalFrom, string>(d => d.ChainId, f => f.ChainId)
            .NotExists<AppealRecorded, int>((d, _) => d.Paragraph, a => a.Paragraph, (_, f, a) => a.Received < f.From)
            .Then((ctx, d, f) => ctx.Insert(new ParagraphLegallyFinal(d.Paragraph, f.From, d.Path)));
}
