using Trygghet.Domain.Procedure.Facts;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.Procedure.Rules;

/// <summary>Anslag saknas (as of a day after the notice deadline, no notice of the justering is recorded).</summary>
internal sealed class NoticeMissingRule : Rule
{
    /// <inheritdoc/>
    public override RuleMetadata Metadata { get; } = new()
    {
        Id = "KL-8-12-ANSLAG-SAKNAS",
        Basis = KommunallagenBasis.Cite("8 kap. 12 §, 13 kap. 5 §", "ch. 8 s. 12, ch. 13 s. 5"),
        DefaultSeverity = Severity.Warning,
        Tags = ["procedure", "notice", "deadline", ProcedureDeadlines.ChainTag],
    };

    /// <inheritdoc/>
    protected override void Define(RuleBuilder rule) =>
        rule.Match<NoticeDeadline>()
            .NotExists<NoticePosted, string>(d => d.ChainId, n => n.ChainId)
            .Then((ctx, d) =>
            {
                if (ctx.AsOf > d.Deadline.Date)
                {
                    ctx.Report(d.Path, ("asOf", ctx.AsOf), ("deadline", d.Deadline.Date));
                }
            });
}
