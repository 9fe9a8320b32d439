using Trygghet.Domain.Procedure;
using Trygghet.Domain.Procedure.Facts;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.Procedure.Rules;

/// <summary>
/// Anslag nedtaget för tidigt (the notice came down before the appeal period ran out: by default a removal on the last
/// appeal day is too early, unless <see cref="ProcedureSettings.NoticeRemoval"/> says the board removes notices at
/// the end of the recorded day; the day after is always in time).
/// </summary>
/// <param name="basis">The basis of an earlier act's version (<see cref="KommunallagenBasis.Act1991"/>), or null for Kommunallagen (2017:725).</param>
internal sealed class NoticeRemovedEarlyRule(LegalBasis? basis = null) : Rule
{
    /// <inheritdoc/>
    public override RuleMetadata Metadata { get; } = new()
    {
        Id = "KL-8-12-ANSLAG-NEDTAGET-TIDIGT",
        Basis = basis ?? KommunallagenBasis.Cite("8 kap. 12 §, 13 kap. 5 §", "ch. 8 s. 12, ch. 13 s. 5"),
        Tags = ["procedure", "notice", "appeal", ProcedureDeadlines.ChainTag],
    };

    /// <inheritdoc/>
    protected override void Define(RuleBuilder rule) =>
        rule.Match<NoticeRemoved>()
            .Join<AppealPeriodEnd, string>(r => r.ChainId, e => e.ChainId)
            .Then((ctx, r, e) =>
            {
                var settings = ctx.Settings.Get<ProcedureSettings>();
                if (ProcedureDeadlines.RemovedEarly(e.Deadline.Date, r.Date, settings))
                {
                    ctx.Report(r.Path, ("removed", r.Date), ("earliest", ProcedureDeadlines.EarliestRemoval(e.Deadline.Date, settings)), ("appealEnds", e.Deadline.Date));
                }
            });
}
