using FsCheck;
using FsCheck.Fluent;
using Trygghet.Domain.Calendar;
using Trygghet.Domain.Common;
using Trygghet.Domain.Procedure;
using static Trygghet.Domain.Tests.Properties.DomainGenerators;

namespace Trygghet.Domain.Tests.Properties;

/// <summary>Laws of committee procedure: deadlines, quorum, minority referral, referral.</summary>
public sealed class ProcedureProperties
{
    private static readonly Gen<DateOnly> MeetingDate =
        Gen.Choose(new DateOnly(1950, 1, 1).DayNumber, new DateOnly(2150, 12, 31).DayNumber).Select(DateOnly.FromDayNumber);

    /// <summary>A meeting with an attestation 0-20 days later and a notice 0-5 days after that.</summary>
    private static readonly Arbitrary<(DateOnly Meeting, int AttestAfter, int PostAfter)> Chains = Arb.From(
        from meeting in MeetingDate
        from attest in Gen.Choose(0, 20)
        from post in Gen.Choose(0, 5)
        select (Meeting: meeting, AttestAfter: attest, PostAfter: post),
        t => ShrinkDate(t.Meeting).Select(m => (m, t.AttestAfter, t.PostAfter))
            .Concat(t.AttestAfter > 0 ? [(t.Meeting, t.AttestAfter / 2, t.PostAfter)] : [])
            .Concat(t.PostAfter > 0 ? [(t.Meeting, t.AttestAfter, t.PostAfter / 2)] : []));

    private static bool Shifted(Deadline d) => SwedishCalendar.IsWorkingDay(d.Date) && d.Date >= d.Unshifted && (d.Date == d.Unshifted || !SwedishCalendar.IsWorkingDay(d.Unshifted));

    [DomainProperty]
    public Property EveryComputedDeadline_IsAWorkingDayNotBeforeTheStatutoryDay() =>
        Prop.ForAll(Chains, t =>
        {
            var c = ProcedureDeadlines.Compute(t.Meeting, t.Meeting.AddDays(t.AttestAfter), t.Meeting.AddDays(t.AttestAfter + t.PostAfter));
            return Shifted(c.AttestationDeadline) && Shifted(c.NoticeDeadline) && Shifted(c.AppealPeriodEnds);
        });

    [DomainProperty]
    public Property AppealPeriod_EndsAtLeast21DaysAfterTheNoticeAndNeverOnANonWorkingDay() =>
        Prop.ForAll(Arb.From(MeetingDate, ShrinkDate), posted =>
        {
            var end = ProcedureDeadlines.AppealPeriod(posted).Date;
            return end.DayNumber - posted.DayNumber >= 21 && end.DayOfWeek is not DayOfWeek.Sunday and not DayOfWeek.Saturday
                && (end.DayNumber - posted.DayNumber == 21 || end.AddDays(-1) >= posted.AddDays(21));
        });

    [DomainProperty]
    public Property LegallyFinal_IsTheDayAfterTheAppealPeriodWhenTheNoticeStaysUp() =>
        Prop.ForAll(Chains, t =>
        {
            var posted = t.Meeting.AddDays(t.AttestAfter + t.PostAfter);
            var c = ProcedureDeadlines.Compute(t.Meeting, t.Meeting.AddDays(t.AttestAfter), posted);
            var endOfDay = new ProcedureSettings { NoticeRemoval = NoticeRemovalPolicy.AtEndOfRecordedDay };
            var removedTheDayAfter = ProcedureDeadlines.Compute(t.Meeting, t.Meeting.AddDays(t.AttestAfter), posted, c.AppealPeriodEnds.Date.AddDays(1));
            var removedOnLastDay = ProcedureDeadlines.Compute(t.Meeting, t.Meeting.AddDays(t.AttestAfter), posted, c.AppealPeriodEnds.Date);
            var removedOnLastDayAtItsEnd = ProcedureDeadlines.Compute(t.Meeting, t.Meeting.AddDays(t.AttestAfter), posted, c.AppealPeriodEnds.Date, settings: endOfDay);
            var removedTheDayBefore = ProcedureDeadlines.Compute(t.Meeting, t.Meeting.AddDays(t.AttestAfter), posted, c.AppealPeriodEnds.Date.AddDays(-1), settings: endOfDay);
            // KL 13 kap. 5 §: the period runs out only if the notice was up the whole of it, the last day included
            return c.LegallyFinalFrom == c.AppealPeriodEnds.Date.AddDays(1)
                && removedTheDayAfter.RemovedEarly == false && removedTheDayAfter.LegallyFinalFrom == c.LegallyFinalFrom
                && removedOnLastDay.RemovedEarly == true && removedOnLastDay.LegallyFinalFrom is null
                && removedOnLastDayAtItsEnd.RemovedEarly == false && removedOnLastDayAtItsEnd.LegallyFinalFrom == c.LegallyFinalFrom
                && removedTheDayBefore.RemovedEarly == true && removedTheDayBefore.LegallyFinalFrom is null;
        });

    private static readonly Arbitrary<(int Present, int Demanding)> Councils = Arb.From(
        from present in Gen.Choose(1, 101)
        from demanding in Gen.Choose(0, present)
        select (Present: present, Demanding: demanding),
        t => (t.Present > 1 ? new[] { (t.Present - 1, Math.Min(t.Demanding, t.Present - 1)) } : [])
            .Concat(t.Demanding > 0 ? [(t.Present, t.Demanding - 1)] : []));

    [DomainProperty]
    public Property MinorityOfAThird_ForcesReferralInCouncilTheFirstTimeAndNeverTheSecond() =>
        Prop.ForAll(Councils, t =>
        {
            var first = MinorityReferral.Evaluate(BodyKind.Council, t.Demanding, t.Present);
            var second = MinorityReferral.Evaluate(BodyKind.Council, t.Demanding, t.Present, minorityRightUsed: true);
            var committee = MinorityReferral.Evaluate(BodyKind.Committee, t.Demanding, t.Present);
            var third = t.Demanding * 3 >= t.Present;
            return first.MustBeGranted == third && !second.MustBeGranted && !committee.MustBeGranted;
        });

    [DomainProperty]
    public Property Quorum_IsMonotoneInAttendance() =>
        Prop.ForAll(Arb.From(
            from seats in Gen.Choose(1, 151)
            from present in Gen.Choose(0, seats - 1)
            select (seats, present),
            t => t.seats > 1 ? [(t.seats - 1, Math.Min(t.present, t.seats - 2))] : Array.Empty<(int, int)>()),
            t => !Quorum.IsQuorate(t.present, t.seats) || Quorum.IsQuorate(t.present + 1, t.seats));

    private static readonly Meeting Meeting = new(new Body("Kommunfullmäktige", BodyKind.Council, 51), new DateOnly(2024, 6, 10));

    private enum Step { Agenda, Decide, Refer, Table, Return }

    [DomainProperty]
    public Property Referral_NeverProducesADecision() =>
        Prop.ForAll(Arb.From(Gen.ListOf(Gen.Elements(Enum.GetValues<Step>())).Select(l => l.ToArray()), steps => Enumerable.Range(0, steps.Length).Select(i => steps.Where((_, j) => j != i).ToArray())), steps =>
        {
            var matter = new Matter(CaseNumber.Parse("KS 24/0001"), "Ärende");
            foreach (var step in steps)
            {
                try
                {
                    var before = matter.Status;
                    matter = step switch
                    {
                        Step.Agenda => matter.PutOnAgenda(Meeting),
                        Step.Decide => matter.Decide(Meeting),
                        Step.Refer => matter.ReferBack(Meeting, "uppdrag"),
                        Step.Table => matter.Table(Meeting),
                        _ => matter.Return(Meeting.Date),
                    };
                    if (step == Step.Refer && (matter.Status != MatterStatus.ReferredBack || !matter.IsOpen || before == MatterStatus.Decided))
                    {
                        return false;
                    }
                }
                catch (InvalidOperationException)
                {
                    // illegal transitions are refused; the matter stays as it was
                }
            }

            var decisions = matter.History.Count(e => e.Kind == MatterEventKind.Decided);
            return decisions <= 1 && (matter.Status == MatterStatus.Decided) == (decisions == 1);
        });
}
