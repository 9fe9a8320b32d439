using FsCheck;
using FsCheck.Fluent;
using Trygghet.Domain.Calendar;
using Trygghet.Domain.Procedure;
using Trygghet.Domain.Procedure.Facts;
using Trygghet.Domain.Tests.Procedure.Rules;

namespace Trygghet.Domain.Tests.Properties;

/// <summary>
/// Laws of delegated decisions: an urgent decision of the chair is reported at the nämnd's next meeting (KL 6 kap. 39-40 §§),
/// and a delegated decision's appeal period runs three weeks from its notice and ends only if the notice stays up
/// throughout (13 kap. 5 §).
/// </summary>
public sealed class DelegationProperties
{
    private static readonly DateOnly Start = new(2024, 1, 8);
    private static readonly Config Sessions = Config.QuickThrowOnFailure.WithMaxTest(300);

    /// <summary>Meeting days (offsets from Start), the decision's day, and which meeting reported it (an index, or -1 for none).</summary>
    private static readonly Arbitrary<(int[] Meetings, int Decided, int ReportedAt)> Urgent = Arb.From(
        from count in Gen.Choose(0, 6)
        from meetings in Gen.ArrayOf(Gen.Choose(0, 200), count)
        from decided in Gen.Choose(0, 200)
        from reported in Gen.Choose(-1, meetings.Length - 1)
        select (Meetings: meetings.Distinct().ToArray(), Decided: decided, ReportedAt: reported),
        t => t.Meetings.Length > 0 ? [(t.Meetings[..^1], t.Decided, Math.Min(t.ReportedAt, t.Meetings.Length - 2))] : []);

    [Fact]
    public void UrgentDecision_IsFlagged_ExactlyWhenAMeetingAfterItPassedWithoutItsReport() =>
        Prop.ForAll(Urgent, t =>
        {
            var decided = Start.AddDays(t.Decided);
            DateOnly? reported = t.ReportedAt >= 0 && t.ReportedAt < t.Meetings.Length && Start.AddDays(t.Meetings[t.ReportedAt]) >= decided
                ? Start.AddDays(t.Meetings[t.ReportedAt])
                : null;
            var series = new ProtocolSeries(new Body("Socialnämnden i Exempelby", BodyKind.Committee))
            {
                Protocols = [.. t.Meetings.Select(m => DelegationRulesTests.Meeting(Start.AddDays(m)))],
                DelegatedDecisions = [new DelegatedDecision("Ordföranden", decided, "Brådskande yttrande") { Basis = DelegationBasis.Urgent, ReportedAt = reported }],
            };
            var flagged = DelegationRulesTests.Run(series, Start.AddDays(400)).Findings.Any(f => f.RuleId == "KL-6-40-BRADSKANDE-EJ-ANMALT");

            // some meeting held after the decision, before the meeting that reported it (or with no report at all)
            var missed = t.Meetings.Select(m => Start.AddDays(m)).Any(m => m > decided && (reported is not { } r || m < r));
            return flagged == missed;
        }).Check(Sessions);

    /// <summary>A notice day (offset), and the days it stayed up (or -1 while still up).</summary>
    private static readonly Arbitrary<(int Posted, int Up)> Notices = Arb.From(
        from posted in Gen.Choose(0, 3_000)
        from up in Gen.Choose(-1, 40)
        select (Posted: posted, Up: up),
        t => t.Up > 0 ? [(t.Posted, t.Up - 1)] : []);

    [Fact]
    public void DelegatedDecisionNotReported_AppealPeriodRunsThreeWeeksThenToTheNextWorkingDay_AndEndsOnlyIfTheNoticeStaysUp() =>
        Prop.ForAll(Notices, t =>
        {
            var posted = Start.AddDays(t.Posted);
            DateOnly? removed = t.Up < 0 ? null : posted.AddDays(t.Up);
            var decision = new DelegatedDecision("Socialsekreterare", posted.AddDays(-2), "Avskrivning") { NotReported = true, Notice = new Notice(posted, removed) };
            var session = DelegationRulesTests.Run(new ProtocolSeries(new Body("Socialnämnden i Exempelby", BodyKind.Committee)).WithDelegatedDecision(decision), posted.AddDays(60));

            var end = session.Query<AppealPeriodEnd>().Single().Deadline.Date;
            var final = session.Query<LegallyFinalFrom>().SingleOrDefault();
            var upThroughout = removed is not { } r || r > end;
            // three weeks, then moved past non-working days only (Lag 1930:173)
            var moved = Enumerable.Range(21, Math.Max(0, end.DayNumber - posted.DayNumber - 21)).Select(posted.AddDays);
            return end >= posted.AddDays(21) && !SwedishCalendar.IsDeadlineNonWorkingDay(end) && moved.All(SwedishCalendar.IsDeadlineNonWorkingDay)
                && (final is not null) == upThroughout
                && (final is null || final.From == end.AddDays(1));
        }).Check(Sessions);
}
