using Trygghet.Domain.Procedure.Facts;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.Procedure.Rules;

/// <summary>
/// Överklagande för sent (derives that an appeal reached the court after the appeal period ran out: it is dismissed
/// and does not stop the decision from becoming final).
/// </summary>
/// <param name="basis">The basis of an earlier act's version (<see cref="KommunallagenBasis.Act1991"/>), or null for Kommunallagen (2017:725).</param>
internal sealed class LateAppealRule(LegalBasis? basis = null) : Rule
{
    /// <inheritdoc/>
    public override RuleMetadata Metadata { get; } = new()
    {
        Id = "KL-13-5-OVERKLAGANDE-FOR-SENT",
        Basis = basis ?? KommunallagenBasis.Cite("13 kap. 5 §", "ch. 13 s. 5"),
        DefaultSeverity = Severity.Info,
        Tags = ["procedure", "appeal", "derived"],
        Priority = 65,
    };

    /// <inheritdoc/>
    protected override void Define(RuleBuilder rule) =>
        rule.Inserts<LateAppeal>().Match<AppealRecorded>()
            .Join<DecisionInChain, int>(a => a.Paragraph, d => d.Paragraph)
            .Join<LegallyFinalFrom, string>((_, d) => d.ChainId, f => f.ChainId, (a, _, f) => a.Received >= f.From)
            .Then((ctx, a, _, f) =>
            {
                ctx.Insert(new LateAppeal(a.Paragraph, a.Received, a.Path));
                ctx.Report(a.Path, ("paragraph", a.Paragraph), ("received", a.Received), ("from", f.From));
            });
}
