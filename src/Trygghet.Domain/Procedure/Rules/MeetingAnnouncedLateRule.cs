using Trygghet.Domain.Procedure.Facts;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.Procedure.Rules;

/// <summary>Sammanträdet tillkännagivet för sent (fullmäktige's meeting announced on the notice board less than a week before).</summary>
internal sealed class MeetingAnnouncedLateRule : Rule
{
    /// <summary>Days before the meeting day (KL 5 kap. 13 § and 15 §: "minst en vecka före sammanträdesdagen").</summary>
    public const int WeekBefore = 7;

    /// <inheritdoc/>
    public override RuleMetadata Metadata { get; } = new()
    {
        Id = "KL-5-13-TILLKANNAGIVANDE-SENT",
        Basis = KommunallagenBasis.Cite("5 kap. 13 §", "ch. 5 s. 13"),
        Tags = ["procedure", "council", "notice"],
    };

    /// <inheritdoc/>
    protected override void Define(RuleBuilder rule) =>
        rule.Match<MeetingNotice>(n => n.Kind == MeetingNoticeKind.Announcement && n.Body == BodyKind.Council && n.Date > n.Meeting.AddDays(-WeekBefore))
            .Then((ctx, n) => ctx.Report(n.Path, ("meeting", n.Meeting), ("announced", n.Date), ("deadline", n.Meeting.AddDays(-WeekBefore))));
}
