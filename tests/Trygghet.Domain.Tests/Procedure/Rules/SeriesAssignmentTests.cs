using FsCheck;
using FsCheck.Fluent;
using Trygghet.Domain.Common;
using Trygghet.Domain.Procedure;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Samples;

namespace Trygghet.Domain.Tests.Procedure.Rules;

/// <summary>
/// Uppdrag across a series of protocols: a later decision under the same diarienummer, or one naming the uppdrag, reports it
/// back; until then it is open, and past its day overdue (a finding on the decision's own deadline).
/// </summary>
public sealed class SeriesAssignmentTests
{
    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    private static readonly Body Committee = new("Socialnämnden i Exempelby", BodyKind.Committee, 9);
    private static readonly CaseNumber Plan = CaseNumber.Parse("SN 2023/88");

    private static Protocol Meeting(DateOnly date, params Paragraph[] paragraphs) =>
        new Protocol(new Meeting(Committee, date), [.. paragraphs]).WithAttestation(new Attestation(date.AddDays(2))).WithNotice(new Notice(date.AddDays(3)));

    private static Paragraph Giving(Assignment assignment) => new(5, "Handlingsplan mot våld i nära relation, uppföljning")
    {
        CaseNumber = Plan,
        Decision = new(DecisionOutcome.Decided) { Assignments = [assignment] },
    };

    private static readonly Assignment Revise = new("Socialförvaltningen", "Redovisa en reviderad handlingsplan") { Due = D(2024, 5, 31) };

    private static ProtocolSeries Series(params Protocol[] protocols) => new(Committee) { Protocols = [.. protocols] };

    [Fact]
    public void LaterDecisionUnderTheSameCaseNumber_ReportsTheAssignmentBack()
    {
        var closing = new Paragraph(20, "Reviderad handlingsplan mot våld i nära relation") { CaseNumber = Plan, Decision = new(DecisionOutcome.Decided) };
        var series = Series(Meeting(D(2024, 4, 22), closing), Meeting(D(2024, 2, 12), Giving(Revise)));

        var followUp = Assert.Single(series.AssignmentFollowUps(D(2024, 6, 28)));
        Assert.Equal(new ParagraphReference(D(2024, 4, 22), 20), followUp.ClosedBy);
        Assert.Equal(D(2024, 4, 22), followUp.ReportedBack);
        Assert.Equal(AssignmentStatus.ReportedBack, followUp.Status);
        Assert.Equal(AssignmentStatus.Open, Assert.Single(series.AssignmentFollowUps(D(2024, 4, 21))).Status);
        Assert.Empty(DelegationRulesTests.Run(series, D(2024, 6, 28)).Findings);
    }

    [Fact]
    public void AssignmentWithoutALaterDecision_IsOverdueAfterItsDay_AsADocumentFinding()
    {
        var unrelated = new Paragraph(20, "Ekonomiskt bistånd, riktlinjer") { CaseNumber = CaseNumber.Parse("SN 2024/3"), Decision = new(DecisionOutcome.Decided) };
        var series = Series(Meeting(D(2024, 2, 12), Giving(Revise)), Meeting(D(2024, 4, 22), unrelated));

        Assert.Equal(AssignmentStatus.Open, Assert.Single(series.AssignmentFollowUps(D(2024, 5, 31))).Status);
        Assert.Equal(AssignmentStatus.Overdue, Assert.Single(series.AssignmentFollowUps(D(2024, 6, 1))).Status);
        Assert.Empty(DelegationRulesTests.Run(series, D(2024, 5, 31)).Findings);

        var finding = Assert.Single(DelegationRulesTests.Run(series, D(2024, 6, 1)).Findings);
        Assert.Equal("PROT-UPPDRAG-FORSENAT", finding.RuleId);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal("$.protocols[0].paragraphs[0].decision.assignments[0]", finding.Path);
    }

    [Fact]
    public void DecisionNamingTheAssignment_ReportsItBack_EvenUnderAnotherCaseNumber_ButNotAtTheSameMeeting()
    {
        var named = Revise with { Reference = "SN 2024-02-12 § 5 p. 2" };
        var report = new Paragraph(20, "Återrapportering av uppdrag") { CaseNumber = CaseNumber.Parse("SN 2024/40"), Decision = new(DecisionOutcome.Noted) { Closes = ["SN 2024-02-12 § 5 p. 2"] } };

        var later = Series(Meeting(D(2024, 2, 12), Giving(named)), Meeting(D(2024, 6, 10), report));
        var followUp = Assert.Single(later.AssignmentFollowUps(D(2024, 6, 28)));
        Assert.Equal(new ParagraphReference(D(2024, 6, 10), 20), followUp.ClosedBy);
        // reported back after its day: no longer overdue once reported, but overdue in between
        Assert.Equal(AssignmentStatus.Overdue, Assert.Single(later.AssignmentFollowUps(D(2024, 6, 9))).Status);
        Assert.Empty(DelegationRulesTests.Run(later, D(2024, 6, 28)).Findings);

        var sameMeeting = Series(Meeting(D(2024, 2, 12), Giving(named), report));
        Assert.Null(Assert.Single(sameMeeting.AssignmentFollowUps(D(2024, 6, 28))).ClosedBy);
    }

    [Fact]
    public void ExampleSeries_ItsAssignmentIsReportedBackInApril()
    {
        var followUp = Assert.Single(SeedCatalogue.ExampleProtocolSeries.AssignmentFollowUps(D(2024, 6, 28)));
        Assert.Equal(AssignmentStatus.ReportedBack, followUp.Status);
        Assert.Equal(D(2024, 4, 22), followUp.ClosedBy!.MeetingDate);
    }

    /// <summary>The due day, and for each later meeting (offset from the giving meeting) whether it takes up the same Dnr.</summary>
    private static readonly Arbitrary<(int Due, (int Offset, bool SameCase)[] Later, int AsOf)> Cases = Arb.From(
        from due in Gen.Choose(1, 120)
        from count in Gen.Choose(0, 5)
        from later in Gen.ArrayOf(Gen.Choose(1, 200).Zip(Gen.Elements(true, false)), count)
        from asOf in Gen.Choose(0, 250)
        select (Due: due, Later: later.DistinctBy(l => l.Item1).ToArray(), AsOf: asOf),
        t => t.Later.Length > 0 ? [(t.Due, t.Later[..^1], t.AsOf)] : []);

    [Fact]
    public void Assignment_IsOverdue_ExactlyWhenItsDayPassedWithNoDecisionOnItsCaseByTheAsOfDay() =>
        Prop.ForAll(Cases, t =>
        {
            var given = D(2024, 1, 15);
            var asOf = given.AddDays(t.AsOf);
            var assignment = Revise with { Due = given.AddDays(t.Due) };
            var protocols = t.Later.Select((l, n) => Meeting(
                given.AddDays(l.Offset),
                new Paragraph(30 + n, "Ärende") { CaseNumber = l.SameCase ? Plan : CaseNumber.Parse("SN 2024/99"), Decision = new(DecisionOutcome.Decided) }));
            var series = Series([Meeting(given, Giving(assignment)), .. protocols]);

            var status = Assert.Single(series.AssignmentFollowUps(asOf)).Status;
            var flagged = DelegationRulesTests.Run(series, asOf).Findings.Any(f => f.RuleId == "PROT-UPPDRAG-FORSENAT");
            var reportedBy = t.Later.Any(l => l.SameCase && given.AddDays(l.Offset) <= asOf);
            var overdue = asOf > assignment.Due && !reportedBy;
            return (status == AssignmentStatus.Overdue) == overdue && flagged == overdue
                && (status == AssignmentStatus.ReportedBack) == reportedBy;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(300));
}
