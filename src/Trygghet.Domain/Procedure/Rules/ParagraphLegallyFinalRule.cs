using Trygghet.Domain.Procedure.Facts;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.Procedure.Rules;

/// <summary>Laga kraft per paragraf (derives each decided paragraph's final day, unless an appeal reached the court in time).</summary>
/// <param name="basis">The basis of an earlier act's version (<see cref="KommunallagenBasis.Act1991"/>), or null for Kommunallagen (2017:725).</param>
internal sealed class ParagraphLegallyFinalRule(LegalBasis? basis = null) : Rule
{
    /// <inheritdoc/>
    public override RuleMetadata Metadata { get; } = new()
    {
        Id = "KL-13-5-LAGA-KRAFT-PARAGRAF",
        Basis = basis ?? KommunallagenBasis.Cite("13 kap. 5 §", "ch. 13 s. 5"),
        DefaultSeverity = Severity.Info,
        Tags = ["procedure", "appeal", "derived"],
        Priority = 60,
    };

    /// <inheritdoc/>
    protected override void Define(RuleBuilder rule) =>
        rule.Inserts<ParagraphLegallyFinal>().Match<DecisionInChain>()
            .Join<LegallyFinalFrom, string>(d => d.ChainId, f => f.ChainId)
            .NotExists<AppealRecorded, int>((d, _) => d.Paragraph, a => a.Paragraph, (_, f, a) => a.Received < f.From)
            .Then((ctx, d, f) => ctx.Insert(new ParagraphLegallyFinal(d.Paragraph, f.From, d.Path)));
}
