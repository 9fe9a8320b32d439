using Trygghet.Domain.Procedure.Facts;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.Procedure.Rules;

/// <summary>Anslag för sent (the justering was announced after the second day following it).</summary>
internal sealed class NoticePostedLateRule : Rule
{
    /// <inheritdoc/>
    public override RuleMetadata Metadata { get; } = new()
    {
        Id = "KL-8-12-ANSLAG-SEN",
        Basis = KommunallagenBasis.Cite("8 kap. 12 §, 6 kap. 35 §", "ch. 8 s. 12, ch. 6 s. 35"),
        Tags = ["procedure", "notice", "deadline", ProcedureDeadlines.ChainTag],
    };

    /// <inheritdoc/>
    protected override void Define(RuleBuilder rule) =>
        rule.Match<NoticePosted>()
            .Join<NoticeDeadline, string>(n => n.ChainId, d => d.ChainId, (n, d) => n.Date > d.Deadline.Date)
            .Then((ctx, n, d) => ctx.Report(n.Path, ("posted", n.Date), ("deadline", d.Deadline.Date)));
}
