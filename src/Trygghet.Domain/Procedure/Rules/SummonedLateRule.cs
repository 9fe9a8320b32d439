using Trygghet.Domain.Procedure.Facts;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.Procedure.Rules;

/// <summary>
/// Kallelse för sent (members and substitutes summoned too late: fullmäktige at least a week before, a nämnd as its
/// reglemente says in <see cref="ProcedureSettings.CommitteeSummonsDays"/>).
/// </summary>
internal sealed class SummonedLateRule : Rule
{
    /// <inheritdoc/>
    public override RuleMetadata Metadata { get; } = new()
    {
        Id = "KL-5-15-KALLELSE-SEN",
        Basis = KommunallagenBasis.Cite("5 kap. 15 §", "ch. 5 s. 15"),
        Tags = ["procedure", "notice"],
    };

    /// <inheritdoc/>
    protected override void Define(RuleBuilder rule) =>
        rule.Match<MeetingNotice>(n => n.Kind == MeetingNoticeKind.Summons)
            .Then((ctx, n) =>
            {
                int? days = n.Body == BodyKind.Council ? MeetingAnnouncedLateRule.WeekBefore : ctx.Settings.Get<ProcedureSettings>().CommitteeSummonsDays;
                if (days is { } d && n.Date > n.Meeting.AddDays(-d))
                {
                    ctx.Report(n.Path, ("meeting", n.Meeting), ("summoned", n.Date), ("deadline", n.Meeting.AddDays(-d)));
                }
            });
}
