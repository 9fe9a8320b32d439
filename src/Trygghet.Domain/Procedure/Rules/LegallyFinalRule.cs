using Trygghet.Domain.Procedure;
using Trygghet.Domain.Procedure.Facts;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.Procedure.Rules;

/// <summary>
/// Laga kraft (derives the day from which a chain's decisions are final: the day after the appeal period, provided the
/// notice stayed up throughout it).
/// </summary>
/// <param name="basis">The basis of an earlier act's version (<see cref="KommunallagenBasis.Act1991"/>), or null for Kommunallagen (2017:725).</param>
internal sealed class LegallyFinalRule(LegalBasis? basis = null) : Rule
{
    /// <inheritdoc/>
    public override RuleMetadata Metadata { get; } = new()
    {
        Id = "KL-13-5-LAGA-KRAFT",
        Basis = basis ?? KommunallagenBasis.Cite("13 kap. 5 §", "ch. 13 s. 5"),
        DefaultSeverity = Severity.Info,
        Tags = ["procedure", "appeal", "derived", ProcedureDeadlines.ChainTag],
        Priority = 70,
    };

    /// <inheritdoc/>
    protected override void Define(RuleBuilder rule) =>
        rule.Inserts<LegallyFinalFrom>().Match<AppealPeriodEnd>()
            .Then((ctx, e) =>
            {
                if (ProcedureDeadlines.LegallyFinal(e.Deadline.Date, e.Removed, ctx.Settings.Get<ProcedureSettings>()) is { } from)
                {
                    ctx.Insert(new LegallyFinalFrom(e.ChainId, from, e.Path));
                }
            });
}
