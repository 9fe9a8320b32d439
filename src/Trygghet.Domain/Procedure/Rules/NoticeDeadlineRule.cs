using Trygghet.Domain.Procedure;
using Trygghet.Domain.Procedure.Facts;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.Procedure.Rules;

/// <summary>Anslagsfrist (derives the latest day to announce the justering: the second day after it, moved to a working day).</summary>
internal sealed class NoticeDeadlineRule : Rule
{
    /// <inheritdoc/>
    public override RuleMetadata Metadata { get; } = new()
    {
        Id = "KL-8-12-ANSLAGSFRIST",
        Basis = KommunallagenBasis.Cite("8 kap. 12 §, 6 kap. 35 §; lag (1930:173) om beräkning av lagstadgad tid", "ch. 8 s. 12, ch. 6 s. 35; Act (1930:173) on computing statutory time"),
        DefaultSeverity = Severity.Info,
        Tags = ["procedure", "notice", "deadline", "derived", ProcedureDeadlines.ChainTag],
        Priority = 90,
    };

    /// <inheritdoc/>
    protected override void Define(RuleBuilder rule) =>
        rule.Inserts<NoticeDeadline>().Match<ProtocolAttested>()
            .Then((ctx, a) => ctx.Insert(new NoticeDeadline(a.ChainId, ProcedureDeadlines.Notice(a.Date, ctx.Settings.Get<ProcedureSettings>()), PathOfNotice(a.ChainId))));

    internal static string PathOfNotice(string chainId) =>
        chainId == ProcedureFacts.ProtocolChain ? JsonPath.Member(JsonPath.Root, "notice") : JsonPath.Member(chainId, "immediateNotice");
}
