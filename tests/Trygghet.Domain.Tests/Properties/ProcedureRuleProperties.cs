using FsCheck;
using FsCheck.Fluent;
using Trygghet.Domain.Calendar;
using Trygghet.Domain.Procedure;
using Trygghet.Domain.Procedure.Facts;
using Trygghet.Domain.Rules.Runtime;
using Trygghet.Domain.Tests.Procedure.Rules;
using static Trygghet.Domain.Tests.Properties.DomainGenerators;
using Trygghet.Domain.Tests.Rules;

namespace Trygghet.Domain.Tests.Properties;

/// <summary>Laws of the procedure rules: finality, and the deadline chain they derive (KL 5:69, 8:12, 13:5 with lag 1930:173).</summary>
public sealed class ProcedureRuleProperties
{
    private static readonly Body Committee = new("Nämnden", BodyKind.Committee);

    /// <summary>A protocol of a meeting in 2018-2150, attested 0-25 days later, posted 0-6 days after that, removed 0-30 days after posting.</summary>
    private static readonly Arbitrary<(DateOnly Meeting, int Attest, int Post, int Remove)> Protocols = Arb.From(
        from meeting in Gen.Choose(new DateOnly(2018, 1, 1).DayNumber, new DateOnly(2150, 12, 31).DayNumber).Select(DateOnly.FromDayNumber)
        from attest in Gen.Choose(0, 25)
        from post in Gen.Choose(0, 6)
        from remove in Gen.Choose(0, 30)
        select (Meeting: meeting, Attest: attest, Post: post, Remove: remove),
        t => ShrinkDate(t.Meeting).Where(d => d.Year >= 2018).Select(m => (m, t.Attest, t.Post, t.Remove))
            .Concat(t.Attest > 0 ? [(t.Meeting, t.Attest / 2, t.Post, t.Remove)] : [])
            .Concat(t.Post > 0 ? [(t.Meeting, t.Attest, t.Post / 2, t.Remove)] : [])
            .Concat(t.Remove > 0 ? [(t.Meeting, t.Attest, t.Post, t.Remove / 2)] : []));

    /// <summary>Up to eight paragraphs, each with an outcome and whether an appeal is registered.</summary>
    private static readonly Arbitrary<(DecisionOutcome Outcome, bool Appealed)[]> Paragraphs = Arb.From(
        Gen.ListOf(Gen.Elements(Enum.GetValues<DecisionOutcome>()).Zip(Gen.Elements(false, false, true))).Select(l => l.Take(8).ToArray()),
        a => Enumerable.Range(0, a.Length).Select(i => a.Where((_, j) => j != i).ToArray()));

    [DomainProperty]
    public Property OnlyDecidedUnappealedParagraphs_BecomeFinal_ReferralsNever() =>
        Prop.ForAll(Paragraphs, items =>
        {
            var day = new DateOnly(2024, 3, 4);
            var protocol = new Protocol(
                    new Meeting(Committee, day),
                    [.. items.Select((t, i) => new Paragraph(i + 1, $"Ärende {i + 1}")
                    {
                        Decision = new(t.Outcome),
                        Appeals = t.Appealed ? [new Appeal(day.AddDays(10))] : [],
                    })])
                .WithAttestation(new Attestation(day.AddDays(2)))
                .WithNotice(new Notice(day.AddDays(3)));
            var session = RuleHarness.Run(protocol, day.AddDays(60));
            var final = session.Query<ParagraphLegallyFinal>().Select(f => f.Paragraph).Order().ToArray();
            var expected = items.Select((t, i) => (t, n: i + 1)).Where(x => x.t.Outcome == DecisionOutcome.Decided && !x.t.Appealed).Select(x => x.n).ToArray();
            return final.SequenceEqual(expected);
        });

    /// <summary>
    /// Vardag in the sense of lag (1930:173) 2 §: not a Sunday, another public holiday (lag 1989:253), a Saturday,
    /// midsommarafton, julafton or nyårsafton.
    /// </summary>
    private static bool IsVardag(DateOnly day) =>
        day.DayOfWeek is not DayOfWeek.Saturday and not DayOfWeek.Sunday
        && !SwedishCalendar.IsPublicHoliday(day)
        && day != SwedishCalendar.MidsummerEve(day.Year)
        && !(day.Month == 12 && day.Day is 24 or 31);

    /// <summary>The last day of a time limit that falls on <paramref name="statutory"/>: that day, or the next vardag (lag 1930:173 2 §).</summary>
    private static bool IsLastDayOf(DateOnly statutory, DateOnly last) =>
        last >= statutory && IsVardag(last)
        && Enumerable.Range(0, last.DayNumber - statutory.DayNumber).All(i => !IsVardag(statutory.AddDays(i)));

    private static RuleSession RunChain((DateOnly Meeting, int Attest, int Post, int Remove) t, ProcedureSettings? settings = null)
    {
        var attested = t.Meeting.AddDays(t.Attest);
        var posted = attested.AddDays(t.Post);
        var protocol = new Protocol(new Meeting(Committee, t.Meeting), [new Paragraph(1, "Beslut") { Decision = new(DecisionOutcome.Decided) }])
            .WithAttestation(new Attestation(attested))
            .WithNotice(new Notice(posted, posted.AddDays(t.Remove)));
        return RuleHarness.Run(protocol, posted.AddDays(t.Remove + 60), settings);
    }

    /// <summary>
    /// KL 5 kap. 69 § and 8 kap. 12 § with lag (1930:173): the protocol is attested by the fourteenth day after the
    /// meeting and the notice posted by the second day after the justering, each moved to the next vardag; a day later
    /// is late, and only then.
    /// </summary>
    [DomainProperty]
    public Property JusteringAndNotice_AreLateExactlyWhenAfterTheirStatutoryDayMovedToAVardag() =>
        Prop.ForAll(Protocols, t =>
        {
            var session = RunChain(t);
            var attested = t.Meeting.AddDays(t.Attest);
            var posted = attested.AddDays(t.Post);
            var attestBy = session.Query<AttestationDeadline>().Single().Deadline.Date;
            var postBy = session.Query<NoticeDeadline>().Single().Deadline.Date;
            var ids = session.Findings.Select(f => f.RuleId).ToHashSet();
            return IsLastDayOf(t.Meeting.AddDays(14), attestBy) && IsLastDayOf(attested.AddDays(2), postBy)
                && ids.Contains("KL-5-69-JUSTERING-SEN") == attested > attestBy
                && ids.Contains("KL-8-12-ANSLAG-SEN") == posted > postBy;
        });

    /// <summary>
    /// KL 13 kap. 5 § with lag (1930:173) 1-2 §§: the appeal period ends three weeks after the day the notice was
    /// posted, on the same weekday, or on the next vardag when that day is a Saturday, Sunday, holiday or eve.
    /// </summary>
    [DomainProperty]
    public Property AppealPeriod_EndsThreeWeeksAfterTheNoticeDay_OnTheNextVardag() =>
        Prop.ForAll(Protocols, t =>
        {
            var posted = t.Meeting.AddDays(t.Attest + t.Post);
            var end = RunChain(t).Query<AppealPeriodEnd>().Single().Deadline.Date;
            var threeWeeks = posted.AddDays(21);
            return threeWeeks.DayOfWeek == posted.DayOfWeek && IsLastDayOf(threeWeeks, end);
        });

    /// <summary>
    /// KL 13 kap. 5 § third sentence: the period runs out only if the notice stayed up the whole of it. Laga kraft is
    /// never before the period has ended (it is the day after its last day), and is withheld, with a finding, when the
    /// notice came down earlier: on the last day itself unless the board removes notices at the end of the recorded day.
    /// </summary>
    [DomainProperty]
    public Property LegallyFinal_TheDayAfterTheAppealPeriod_OnlyWhenTheNoticeStayedUpThroughIt() =>
        Prop.ForAll(Protocols, Arb.From(Gen.Elements(Enum.GetValues<NoticeRemovalPolicy>())), (t, policy) =>
        {
            var session = RunChain(t, new ProcedureSettings { NoticeRemoval = policy });
            var removed = t.Meeting.AddDays(t.Attest + t.Post + t.Remove);
            var end = session.Query<AppealPeriodEnd>().Single().Deadline.Date;
            var stayedUp = policy == NoticeRemovalPolicy.AtEndOfRecordedDay ? removed >= end : removed > end;
            var final = session.Query<LegallyFinalFrom>().Select(f => (DateOnly?)f.From).SingleOrDefault();
            var removedEarly = session.Findings.Any(f => f.RuleId == "KL-8-12-ANSLAG-NEDTAGET-TIDIGT");
            return (final is null || final > end)
                && (stayedUp ? final == end.AddDays(1) && !removedEarly : final is null && removedEarly)
                && session.Query<ParagraphLegallyFinal>().Any() == stayedUp;
        });
}
