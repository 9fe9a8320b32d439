using Trygghet.Domain.Calendar;
using Trygghet.Domain.Procedure.Facts;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.Procedure.Rules;

/// <summary>Brådskande ärende tillkännagivet för sent (an urgent matter in fullmäktige announced after the weekday before the meeting).</summary>
internal sealed class UrgentMatterAnnouncedLateRule : Rule
{
    /// <inheritdoc/>
    public override RuleMetadata Metadata { get; } = new()
    {
        Id = "KL-5-14-BRADSKANDE-SENT",
        Basis = KommunallagenBasis.Cite("5 kap. 14 §", "ch. 5 s. 14"),
        Tags = ["procedure", "council", "notice"],
    };

    /// <summary>Vardagen närmast före (the last working day before a meeting day).</summary>
    /// <param name="meeting">The meeting day.</param>
    /// <returns>The weekday before it.</returns>
    public static DateOnly WeekdayBefore(DateOnly meeting)
    {
        var day = meeting.AddDays(-1);
        while (!SwedishCalendar.IsWorkingDay(day))
        {
            day = day.AddDays(-1);
        }

        return day;
    }

    /// <inheritdoc/>
    protected override void Define(RuleBuilder rule) =>
        rule.Match<MatterAnnouncement>(a => a.Body == BodyKind.Council && a.UrgentlyAnnounced is { } d && d > WeekdayBefore(a.Meeting))
            .Then((ctx, a) => ctx.Report($"{a.Path}.announcedUrgently", ("paragraph", a.Paragraph), ("announced", a.UrgentlyAnnounced), ("deadline", WeekdayBefore(a.Meeting))));
}
