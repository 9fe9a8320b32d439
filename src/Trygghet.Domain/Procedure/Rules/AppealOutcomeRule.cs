using Trygghet.Domain.Procedure.Facts;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.Procedure.Rules;

/// <summary>
/// Laga kraft per paragraf och överklagande för sent (KL 13 kap. 5 §: the two derived outcomes for a decided paragraph
/// of a chain once the chain's final day is known: an appeal received before that day keeps the paragraph from becoming
/// final; one received on or after it is late and dismissed). Each rule has a version per act.
/// </summary>
internal sealed class AppealOutcomeRule(RuleMetadata metadata, Action<RuleBuilder> define) : DefinedRule(metadata, define)
{
    /// <summary>KL-13-5-LAGA-KRAFT-PARAGRAF: derives each decided paragraph's final day, unless an appeal reached the court in time.</summary>
    /// <param name="basis">The basis of an earlier act's version (<see cref="KommunallagenBasis.Act1991"/>), or null for Kommunallagen (2017:725).</param>
    public static AppealOutcomeRule ParagraphLegallyFinal(LegalBasis? basis = null) => new(
        Outcome("KL-13-5-LAGA-KRAFT-PARAGRAF", basis, priority: 60),
        rule => rule.Inserts<ParagraphLegallyFinal>().Match<DecisionInChain>()
            .Join<LegallyFinalFrom, string>(d => d.ChainId, f => f.ChainId)
            .NotExists<AppealRecorded, int>((d, _) => d.Paragraph, a => a.Paragraph, (_, f, a) => a.Received < f.From)
            .Then((ctx, d, f) => ctx.Insert(new ParagraphLegallyFinal(d.Paragraph, f.From, d.Path))));

    /// <summary>
    /// KL-13-5-OVERKLAGANDE-FOR-SENT: derives that an appeal reached the court after the appeal period ran out: it is
    /// dismissed and does not stop the decision from becoming final.
    /// </summary>
    /// <param name="basis">The basis of an earlier act's version (<see cref="KommunallagenBasis.Act1991"/>), or null for Kommunallagen (2017:725).</param>
    public static AppealOutcomeRule LateAppeal(LegalBasis? basis = null) => new(
        Outcome("KL-13-5-OVERKLAGANDE-FOR-SENT", basis, priority: 65),
        rule => rule.Inserts<LateAppeal>().Match<AppealRecorded>()
            .Join<DecisionInChain, int>(a => a.Paragraph, d => d.Paragraph)
            .Join<LegallyFinalFrom, string>((_, d) => d.ChainId, f => f.ChainId, (a, _, f) => a.Received >= f.From)
            .Then((ctx, a, _, f) =>
            {
                ctx.Insert(new LateAppeal(a.Paragraph, a.Received, a.Path));
                ctx.Report(a.Path, ("paragraph", a.Paragraph), ("received", a.Received), ("from", f.From));
            }));

    private static RuleMetadata Outcome(string id, LegalBasis? basis, int priority) => new()
    {
        Id = id,
        Basis = basis ?? KommunallagenBasis.Cite("13 kap. 5 §", "ch. 13 s. 5"),
        DefaultSeverity = Severity.Info,
        Tags = ["procedure", "appeal", "derived"],
        Priority = priority,
    };
}
