using Trygghet.Domain.Procedure.Facts;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.Procedure.Rules;

/// <summary>Laga kraft per paragraf (derives each decided paragraph's final day, unless an appeal is registered against it).</summary>
internal sealed class ParagraphLegallyFinalRule : Rule
{
    /// <inheritdoc/>
    public override RuleMetadata Metadata { get; } = new()
    {
        Id = "KL-13-5-LAGA-KRAFT-PARAGRAF",
        Name = new("Laga kraft för paragraf", "Paragraph legally final"),
        Description = new(
            "Härleder när ett beslut i en paragraf vinner laga kraft; ett registrerat överklagande hindrar det.",
            "Derives when a paragraph's decision becomes final; a registered appeal prevents it."),
        Message = new("Beslutet i § {paragraph} vinner laga kraft {from}.", "The decision in § {paragraph} becomes final on {from}."),
        Basis = KommunallagenBasis.Cite("13 kap. 5 §", "ch. 13 s. 5"),
        DefaultSeverity = Severity.Info,
        Tags = ["procedure", "appeal", "derived"],
        Priority = 60,
    };

    /// <inheritdoc/>
    protected override void Define(RuleBuilder rule) =>
        rule.Inserts<ParagraphLegallyFinal>().Match<DecisionInChain>()
            .NotExists<AppealRecorded, int>(d => d.Paragraph, a => a.Paragraph)
            .Join<LegallyFinalFrom, string>(d => d.ChainId, f => f.ChainId)
            .Then((ctx, d, f) => ctx.Insert(new ParagraphLegallyFinal(d.Paragraph, f.From, d.Path)));
}
