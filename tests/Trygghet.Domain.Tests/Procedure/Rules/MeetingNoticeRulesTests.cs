using Trygghet.Domain.Procedure;
using Trygghet.Domain.Procedure.Rules;
using static Trygghet.Domain.Tests.Rules.RuleHarness;

namespace Trygghet.Domain.Tests.Procedure.Rules;

/// <summary>Notice of meetings: KL 5 kap. 13-15 §§ and 52 § for fullmäktige, the reglemente (a setting) for nämnder.</summary>
public sealed class MeetingNoticeRulesTests
{
    // a Monday council meeting
    private static readonly DateOnly Day = new(2024, 6, 17);

    private static Protocol Council(DateOnly? announced = null, DateOnly? summoned = null, params Paragraph[] paragraphs) =>
        new(new Meeting(new Body("Kommunfullmäktige", BodyKind.Council), Day) { Announced = announced, Summoned = summoned },
            [.. paragraphs.Length == 0 ? [new Paragraph(1, "Årsredovisning 2023") { Decision = new(DecisionOutcome.Decided) }] : paragraphs]);

    [Fact]
    public void CouncilMeeting_AnnouncedAndSummonedAWeekBefore_IsInTime_ADayLater_IsNot()
    {
        Assert.Empty(Run(Council(Day.AddDays(-7), Day.AddDays(-7)), Day).Findings);

        var session = Run(Council(Day.AddDays(-6), Day.AddDays(-6)), Day);
        Assert.Equal(["KL-5-13-TILLKANNAGIVANDE-SENT", "KL-5-15-KALLELSE-SEN"], Ids(session));
        var announced = session.Findings.Single(f => f.RuleId == "KL-5-13-TILLKANNAGIVANDE-SENT");
        Assert.Equal("$.meeting.announced", announced.Path);
        Assert.Equal("Sammanträdet 2024-06-17 tillkännagavs 2024-06-11, senast var 2024-06-10.", announced.Message.Swedish);
        Assert.Equal("$.meeting.summoned", session.Findings.Single(f => f.RuleId == "KL-5-15-KALLELSE-SEN").Path);
    }

    [Fact]
    public void UrgentMatter_ByTheWeekdayBefore_IsInTime_OnTheMeetingDay_IsNot()
    {
        // the meeting is on a Monday: the weekday before is the Friday
        Assert.Equal(new DateOnly(2024, 6, 14), UrgentMatterAnnouncedLateRule.WeekdayBefore(Day));
        var urgent = new Paragraph(2, "Avtal om räddningstjänst") { Decision = new(DecisionOutcome.Decided) };
        Assert.Empty(Run(Council(Day.AddDays(-7), null, urgent with { AnnouncedUrgently = new DateOnly(2024, 6, 14) }), Day).Findings);

        var finding = Assert.Single(Run(Council(Day.AddDays(-7), null, urgent with { AnnouncedUrgently = new DateOnly(2024, 6, 15) }), Day).Findings);
        Assert.Equal("KL-5-14-BRADSKANDE-SENT", finding.RuleId);
        Assert.Equal("$.paragraphs[0].announcedUrgently", finding.Path);
        Assert.Equal("The urgent matter of § 2 was announced on 2024-06-15; the deadline was 2024-06-14.", finding.Message.English);

        // Midsommarafton is no weekday for this: a meeting on Monday 2024-06-24 needs the matter up by Thursday 2024-06-20
        Assert.Equal(new DateOnly(2024, 6, 20), UrgentMatterAnnouncedLateRule.WeekdayBefore(new DateOnly(2024, 6, 24)));
    }

    [Fact]
    public void UnannouncedMatter_DecidedOnlyWhenAllPresentAgree()
    {
        var extra = new Paragraph(3, "Brådskande borgen") { NotAnnounced = true, Decision = new(DecisionOutcome.Decided) };

        var finding = Assert.Single(Run(Council(Day.AddDays(-8), null, extra), Day).Findings);
        Assert.Equal("KL-5-52-EJ-TILLKANNAGIVET", finding.RuleId);
        Assert.Equal("$.paragraphs[0].decision", finding.Path);

        Assert.Empty(Run(Council(Day.AddDays(-8), null, extra with { DecidedByAllPresent = true }), Day).Findings);
        Assert.Empty(Run(Council(Day.AddDays(-8), null, extra with { Decision = new(DecisionOutcome.Tabled) }), Day).Findings);
    }

    [Fact]
    public void Committee_SummonsIsJudgedOnlyByItsReglemente()
    {
        var committee = new Protocol(
            new Meeting(new Body("Socialnämnden", BodyKind.Committee), Day) { Summoned = Day.AddDays(-3), Announced = Day.AddDays(-1) },
            [new Paragraph(1, "Budget") { NotAnnounced = true, Decision = new(DecisionOutcome.Decided) }]);

        // no days set: the law sets none for a nämnd, and 5 kap. 13, 14 and 52 §§ are about fullmäktige
        Assert.Empty(Run(committee, Day).Findings);
        Assert.Empty(Run(committee, Day, new ProcedureSettings { CommitteeSummonsDays = 3 }).Findings);
        Assert.Equal(["KL-5-15-KALLELSE-SEN"], Ids(Run(committee, Day, new ProcedureSettings { CommitteeSummonsDays = 5 })));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ProcedureSettings { CommitteeSummonsDays = -1 });
    }
}
