using FsCheck;
using FsCheck.Fluent;
using Trygghet.Domain.Procedure;
using Trygghet.Domain.Procedure.Facts;
using Trygghet.Domain.Tests.Procedure.Rules;
using static Trygghet.Domain.Tests.Properties.DomainGenerators;
using Trygghet.Domain.Tests.Rules;

namespace Trygghet.Domain.Tests.Properties;

/// <summary>
/// Laws of KL as the procedure rules apply them to whole protocols: the minority right (5 kap. 50 §) however the demand
/// is recorded, quorum per paragraph (5 kap. 45-46 §§, 6 kap. 27 and 30 §§), and when an appeal stops finality (13 kap. 5 §).
/// </summary>
public sealed class ProcedureLawProperties
{
    private static readonly DateOnly Day = new(2024, 6, 10);

    // each case runs whole rule sessions over protocols of up to 60 members: fewer cases than the pure laws
    private static readonly Config Sessions = Config.QuickThrowOnFailure.WithMaxTest(300);

    private const int JoinsFirstMotion = 1;
    private const int BacksSecondMotion = 2;
    private const int VotesForReferral = 4;

    /// <summary>Members present, and for each demanding member the forms it demanded in (a non-empty set of the three).</summary>
    private static readonly Arbitrary<(int Present, int[] Forms)> Demands = Arb.From(
        from present in Gen.Choose(3, 60)
        from demanding in Gen.Choose(0, present)
        from forms in Gen.ArrayOf(Gen.Choose(1, 7), demanding)
        select (Present: present, Forms: forms),
        t => (t.Forms.Length > 0 ? new[] { (t.Present, t.Forms[..^1]) } : [])
            .Concat(t.Present > t.Forms.Length && t.Present > 3 ? [(t.Present - 1, t.Forms)] : [])
            .Concat(t.Forms.Where(f => f != VotesForReferral).Any() ? [(t.Present, t.Forms.Select(_ => VotesForReferral).ToArray())] : []));

    /// <summary>
    /// A council paragraph where members M0..M(k-1) demand återremiss in the forms given: joining a first referral motion,
    /// moving or approving a second one, voting for referral in "återremiss eller avgörande idag"; everyone else votes to decide today.
    /// </summary>
    private static Protocol Council(int present, int[] forms, Decision decision)
    {
        Person M(int i) => new($"M{i}");
        var first = Enumerable.Range(0, forms.Length).Where(i => (forms[i] & JoinsFirstMotion) != 0).ToList();
        var second = Enumerable.Range(0, forms.Length).Where(i => (forms[i] & BacksSecondMotion) != 0).ToList();
        var motions = new List<Motion>();
        if (first.Count > 0)
        {
            motions.Add(new Motion(MotionKind.Referral, M(first[0])) { Supporters = [.. first.Skip(1).Select(M)], Reasons = "Underlaget behöver kompletteras" });
        }

        if (second.Count > 0)
        {
            var index = motions.Count;
            motions.Add(new Motion(MotionKind.Referral, M(second[0])) { Reasons = "Konsekvenserna är inte utredda" });
            motions.AddRange(second.Skip(1).Select(i => new Motion(MotionKind.Approval, M(i)) { Supports = index }));
        }

        var vote = new Votation("Ska ärendet avgöras idag eller återremitteras?")
        {
            Deferral = new DeferralQuestion(MotionKind.Referral),
            Ballots = [.. Enumerable.Range(0, present).Select(i => new Ballot(M(i), i < forms.Length && (forms[i] & VotesForReferral) != 0 ? VoteChoice.No : VoteChoice.Yes))],
        };
        var meeting = new Meeting(new Body("Kommunfullmäktige", BodyKind.Council, 61), Day) { Members = [.. Enumerable.Range(0, present).Select(i => new Member(M(i)))] };
        return new Protocol(meeting, [new Paragraph(12, "Budget 2025") { Motions = [.. motions], DecisionProcess = new() { Votations = [vote] }, Decision = decision }]);
    }

    [Fact]
    public void MinorityOfAThird_InAnyRecordingForm_AlwaysGetsItsFirstReferral() =>
        Prop.ForAll(Demands, t =>
        {
            var demanding = t.Forms.Length;
            var refused = RuleHarness.Ids(RuleHarness.Run(Council(t.Present, t.Forms, new Decision(DecisionOutcome.Decided)), Day));
            var granted = RuleHarness.Ids(RuleHarness.Run(
                Council(t.Present, t.Forms, new Decision(DecisionOutcome.ReferredBack) { OnMinorityDemand = true, Assignment = "Komplettera" }), Day));

            // each member counts once, however many forms it demanded in
            var mustBeGranted = demanding > 0 && demanding * 3 >= t.Present;
            return refused.Contains("KL-5-50-MINORITETSKRAV-AVSLAGET") == mustBeGranted
                && !granted.Contains("KL-5-50-MINORITETSKRAV-AVSLAGET");
        }).Check(Sessions);

    /// <summary>Members, seats, and for each member whether it left before § 2 and whether it is disqualified in § 2.</summary>
    private static readonly Arbitrary<(int Seats, (bool Left, bool Jav)[] Members)> Attendance = Arb.From(
        from members in Gen.Choose(1, 15)
        from seats in Gen.Choose(members, 2 * members + 1)
        from flags in Gen.ArrayOf(Gen.Elements(false, false, true).Zip(Gen.Elements(false, false, true)), members)
        select (Seats: seats, Members: flags),
        t => t.Members.Length > 1 ? [(Math.Max(t.Seats - 1, t.Members.Length - 1), t.Members[..^1])] : []);

    private static Attendance? QuorumFact(BodyKind kind, int seats, (bool Left, bool Jav)[] flags)
    {
        var meeting = new Meeting(new Body("Organet", kind, seats), Day)
        {
            Members = [.. flags.Select((f, i) => new Member(new Person($"L{i}")) { Paragraphs = f.Left ? [1] : [] })],
        };
        var protocol = new Protocol(meeting,
        [
            new Paragraph(1, "Första ärendet") { Decision = new(DecisionOutcome.Decided) },
            new Paragraph(2, "Andra ärendet")
            {
                Decision = new(DecisionOutcome.Decided),
                Disqualifications = [.. flags.Select((f, i) => (f, i)).Where(x => x.f.Jav).Select(x => new Disqualification(new Person($"L{x.i}")))],
            },
        ]);
        return ProcedureFacts.From(protocol).OfType<Attendance>().SingleOrDefault(a => a.Paragraph == 2);
    }

    [Fact]
    public void QuorumPerParagraph_NeverCountsAMemberWhoLeft_AndJavOnlyInANamnd() =>
        Prop.ForAll(Attendance, t =>
        {
            var stayed = t.Members.Count(f => !f.Left);
            var stayedWithoutJav = t.Members.Count(f => !f.Left && !f.Jav);
            var committee = QuorumFact(BodyKind.Committee, t.Seats, t.Members);
            var council = QuorumFact(BodyKind.Council, t.Seats, t.Members);
            return committee is not null && council is not null
                && committee.Serving == stayedWithoutJav
                && council.Serving == stayed
                && Quorum.IsQuorate(committee.Serving, committee.Seats) == (stayedWithoutJav * 2 > t.Seats)
                && Quorum.IsQuorate(council.Serving, council.Seats) == (stayed * 2 > t.Seats);
        }).Check(Thorough);

    /// <summary>A meeting day (2018-2150) and the day an appeal arrives, relative to the last appeal day (-21..21).</summary>
    private static readonly Arbitrary<(DateOnly Meeting, int Offset)> Appeals = Arb.From(
        from meeting in Gen.Choose(new DateOnly(2018, 1, 1).DayNumber, new DateOnly(2150, 12, 31).DayNumber).Select(DateOnly.FromDayNumber)
        from offset in Gen.Choose(-21, 21)
        select (Meeting: meeting, Offset: offset),
        t => ShrinkDate(t.Meeting).Where(d => d.Year >= 2018).Select(m => (m, t.Offset)).Concat(t.Offset != 0 ? [(t.Meeting, t.Offset / 2)] : []));

    [Fact]
    public void AnAppealStopsFinality_ExactlyWhenItArrivesByTheLastAppealDay_AndNeverForANonAppealableDecision() =>
        Prop.ForAll(Appeals, t =>
        {
            var attested = ProcedureDeadlines.Attestation(t.Meeting).Date;
            var posted = ProcedureDeadlines.Notice(attested).Date;
            var lastDay = ProcedureDeadlines.AppealPeriod(posted).Date;
            Protocol Appealed(DecisionNature nature) =>
                new Protocol(new Meeting(new Body("Nämnden", BodyKind.Committee), t.Meeting), [new Paragraph(1, "Beslut") { Decision = new(DecisionOutcome.Decided) { Nature = nature } }])
                    .WithAttestation(new Attestation(attested))
                    .WithNotice(new Notice(posted, lastDay.AddDays(1)))
                    .WithAppeal(1, new Appeal(lastDay.AddDays(t.Offset)));

            var ordinary = RuleHarness.Run(Appealed(DecisionNature.Ordinary), lastDay.AddDays(30));
            var executive = RuleHarness.Run(Appealed(DecisionNature.Executive), lastDay.AddDays(30));
            var final = ordinary.Query<ParagraphLegallyFinal>().Any();
            return final == (t.Offset > 0)
                && ordinary.Query<LateAppeal>().Any() == (t.Offset > 0)
                && !ordinary.Findings.Any(f => f.Severity == Trygghet.Domain.Rules.Severity.Error)
                && !executive.Query<ParagraphLegallyFinal>().Any() && !executive.Query<LateAppeal>().Any()
                && !executive.Findings.Any(f => f.Severity == Trygghet.Domain.Rules.Severity.Error);
        }).Check(Sessions);

    private static readonly Arbitrary<(DateOnly Meeting, int DaysBefore)> Announcements = Arb.From(
        from meeting in Gen.Choose(new DateOnly(2018, 1, 1).DayNumber, new DateOnly(2150, 12, 31).DayNumber).Select(DateOnly.FromDayNumber)
        from before in Gen.Choose(0, 14)
        select (Meeting: meeting, DaysBefore: before),
        t => ShrinkDate(t.Meeting).Where(d => d.Year >= 2018).Select(m => (m, t.DaysBefore)));

    [Fact]
    public void CouncilMeeting_IsInTime_ExactlyWhenAnnouncedAndSummonedAWeekOrMoreBefore() =>
        Prop.ForAll(Announcements, t =>
        {
            var day = t.Meeting.AddDays(-t.DaysBefore);
            var protocol = new Protocol(new Meeting(new Body("Kommunfullmäktige", BodyKind.Council), t.Meeting) { Announced = day, Summoned = day }, []);
            var ids = RuleHarness.Ids(RuleHarness.Run(protocol, t.Meeting));
            var late = t.DaysBefore < 7;
            return ids.Contains("KL-5-13-TILLKANNAGIVANDE-SENT") == late && ids.Contains("KL-5-15-KALLELSE-SEN") == late;
        }).Check(Thorough);

    [Fact]
    public void TheWeekdayBeforeAMeeting_IsTheLastWorkingDayBeforeIt() =>
        Prop.ForAll(Announcements, t =>
        {
            var weekday = Trygghet.Domain.Procedure.Rules.UrgentMatterAnnouncedLateRule.WeekdayBefore(t.Meeting);
            var between = Enumerable.Range(1, t.Meeting.DayNumber - weekday.DayNumber - 1).Select(d => weekday.AddDays(d));
            return weekday < t.Meeting
                && Trygghet.Domain.Calendar.SwedishCalendar.IsWorkingDay(weekday)
                && between.All(d => !Trygghet.Domain.Calendar.SwedishCalendar.IsWorkingDay(d));
        }).Check(Thorough);
}
