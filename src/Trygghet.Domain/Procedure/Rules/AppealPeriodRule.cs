using Trygghet.Domain.Procedure;
using Trygghet.Domain.Procedure.Facts;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.Procedure.Rules;

/// <summary>Överklagandetid (derives the last day of the appeal period: three weeks from the notice day, moved to a working day).</summary>
internal sealed class AppealPeriodRule : Rule
{
    /// <inheritdoc/>
    public override RuleMetadata Metadata { get; } = new()
    {
        Id = "KL-13-5-OVERKLAGANDETID",
        Name = new("Överklagandetid", "Appeal period"),
        Description = new(
            "Härleder överklagandetidens sista dag: tre veckor från den dag justeringen tillkännagavs, flyttad till nästa vardag enligt lag (1930:173).",
            "Derives the last day of the appeal period: three weeks from the day the attestation was announced, moved to the next working day under Act (1930:173)."),
        Message = new("Överklagandetiden löper ut {deadline}.", "The appeal period ends on {deadline}."),
        Basis = KommunallagenBasis.Cite("13 kap. 5 §; lag (1930:173) om beräkning av lagstadgad tid", "ch. 13 s. 5; Act (1930:173) on computing statutory time"),
        DefaultSeverity = Severity.Info,
        Tags = ["procedure", "appeal", "deadline", "derived"],
        Priority = 80,
    };

    /// <inheritdoc/>
    protected override void Define(RuleBuilder rule) =>
        rule.Inserts<AppealPeriodEnd>().Match<NoticePosted>()
            .Then((ctx, n) => ctx.Insert(new AppealPeriodEnd(
                n.ChainId,
                ProcedureDeadlines.AppealPeriod(n.Date, ctx.Settings.Get<ProcedureSettings>()),
                n.Removed,
                n.Path[..n.Path.LastIndexOf('.')])));
}
