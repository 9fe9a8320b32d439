using Trygghet.Domain.Procedure;
using Trygghet.Domain.Procedure.Facts;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.Procedure.Rules;

/// <summary>
/// Anslag nedtaget för tidigt (the notice came down before the appeal period ended; by default removal on the last
/// appeal day is accepted, <see cref="ProcedureSettings.NoticeRemoval"/> can demand the day after).
/// </summary>
internal sealed class NoticeRemovedEarlyRule : Rule
{
    /// <inheritdoc/>
    public override RuleMetadata Metadata { get; } = new()
    {
        Id = "KL-8-12-ANSLAG-NEDTAGET-TIDIGT",
        Basis = KommunallagenBasis.Cite("8 kap. 12 §, 13 kap. 5 §", "ch. 8 s. 12, ch. 13 s. 5"),
        Tags = ["procedure", "notice", "appeal"],
    };

    /// <inheritdoc/>
    protected override void Define(RuleBuilder rule) =>
        rule.Match<NoticeRemoved>()
            .Join<AppealPeriodEnd, string>(r => r.ChainId, e => e.ChainId)
            .Then((ctx, r, e) =>
            {
                var earliest = ProcedureDeadlines.EarliestRemoval(e.Deadline.Date, ctx.Settings.Get<ProcedureSettings>());
                if (r.Date < earliest)
                {
                    ctx.Report(r.Path, ("removed", r.Date), ("earliest", earliest), ("appealEnds", e.Deadline.Date));
                }
            });
}
