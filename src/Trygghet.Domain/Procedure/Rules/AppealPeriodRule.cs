using Trygghet.Domain.Procedure;
using Trygghet.Domain.Procedure.Facts;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.Procedure.Rules;

/// <summary>Överklagandetid (derives the last day of the appeal period: three weeks from the notice day, moved to a working day).</summary>
/// <param name="basis">The basis of an earlier act's version (<see cref="KommunallagenBasis.Act1991"/>), or null for Kommunallagen (2017:725).</param>
internal sealed class AppealPeriodRule(LegalBasis? basis = null) : Rule
{
    /// <inheritdoc/>
    public override RuleMetadata Metadata { get; } = new()
    {
        Id = "KL-13-5-OVERKLAGANDETID",
        Basis = basis ?? KommunallagenBasis.Cite("13 kap. 5 §; lag (1930:173) om beräkning av lagstadgad tid", "ch. 13 s. 5; Act (1930:173) on computing statutory time"),
        DefaultSeverity = Severity.Info,
        Tags = ["procedure", "appeal", "deadline", "derived", ProcedureDeadlines.ChainTag],
        Priority = 80,
    };

    /// <inheritdoc/>
    protected override void Define(RuleBuilder rule) =>
        rule.Inserts<AppealPeriodEnd>().Match<NoticePosted>()
            .Then((ctx, n) => ctx.Insert(new AppealPeriodEnd(
                n.ChainId,
                ProcedureDeadlines.AppealPeriod(n.Date, ctx.Settings.Get<ProcedureSettings>()),
                n.Removed,
                JsonPath.Parent(n.Path))));
}
