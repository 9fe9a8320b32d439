using FsCheck;
using FsCheck.Fluent;
using Trygghet.Domain.Procedure;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Samples;
using static Trygghet.Domain.Tests.Rules.RuleHarness;

namespace Trygghet.Domain.Tests.Procedure.Rules;

/// <summary>Uppdrag and their follow-through: open, reported back, overdue (a finding on the document's own deadline).</summary>
public sealed class AssignmentRulesTests
{
    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    /// <summary>
    /// Seed 000 § 36 (attested and posted in time, the notice down the day after the appeal period): the kommundirektör
    /// is to look into an IOP with Kvinnojouren Anna; here with a day to report back.
    /// </summary>
    private static Protocol WithAssignment(Assignment assignment)
    {
        var seed = SeedCatalogue.SafetyCommitteeProtocol20201120;
        var p36 = seed.FindParagraph(36)!;
        return new Protocol(seed.Meeting, [p36 with { Decision = p36.Decision! with { Assignments = [assignment] } }])
            .WithAttestation(seed.Attestation!)
            .WithNotice(new Notice(seed.Notice!.Posted, D(2020, 12, 17)));
    }

    private static readonly Assignment Iop = new("kommundirektören", "Utreda förutsättningarna för IOP med Kvinnojouren Anna")
    {
        Due = D(2021, 3, 31),
        DueMeeting = "Trygghetsutskottet i april 2021",
    };

    [Fact]
    public void Assignment_NotReportedBackAfterItsDay_IsADocumentFinding()
    {
        Assert.Empty(Run(WithAssignment(Iop), D(2021, 3, 31)).Findings);

        var finding = Assert.Single(Run(WithAssignment(Iop), D(2021, 4, 1)).Findings);
        Assert.Equal("PROT-UPPDRAG-FORSENAT", finding.RuleId);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal("$.paragraphs[0].decision.assignments[0]", finding.Path);
        Assert.Equal("Uppdraget till kommundirektören i § 36 skulle återrapporteras senast 2021-03-31 och är inte återrapporterat per 2021-04-01.", finding.Message.Swedish);
        Assert.Equal(AssignmentStatus.Overdue, Iop.StatusOn(D(2021, 4, 1)));

        var reported = Iop with { ReportedBack = D(2021, 4, 20), ClosedBy = "Trygghetsutskottet § 12, 2021-04-20, KS 20/0650" };
        Assert.Empty(Run(WithAssignment(reported), D(2021, 5, 1)).Findings);
        Assert.Equal(AssignmentStatus.ReportedBack, reported.StatusOn(D(2021, 5, 1)));
        Assert.Equal(AssignmentStatus.Overdue, reported.StatusOn(D(2021, 4, 10)));
    }

    [Fact]
    public void Assignment_WithoutADay_IsNeverOverdue_AndNeedsAnAssigneeAndATask()
    {
        var open = new Assignment("Socialkontoret", "Ta fram en handlingsplan med tidsatta aktiviteter");
        Assert.Empty(Run(WithAssignment(open), D(2030, 1, 1)).Findings);
        Assert.Equal(AssignmentStatus.Open, open.StatusOn(D(2030, 1, 1)));
        Assert.Throws<ArgumentException>(() => new Assignment(" ", "Utreda"));
        Assert.Throws<ArgumentException>(() => new Assignment("kommundirektören", ""));
    }

    private static readonly Arbitrary<(int Due, int? Reported, int AsOf)> Days = Arb.From(
        from due in Gen.Choose(0, 60)
        from reported in Gen.Choose(0, 90).Select(d => (int?)d).Zip(Gen.Elements(true, false)).Select(t => t.Item2 ? t.Item1 : null)
        from asOf in Gen.Choose(0, 90)
        select (Due: due, Reported: reported, AsOf: asOf));

    [Fact]
    public void Finding_ExactlyWhenTheAssignmentIsOverdueOnTheDay() =>
        Prop.ForAll(Days, t =>
        {
            var start = D(2021, 1, 1);
            var assignment = Iop with { Due = start.AddDays(t.Due), ReportedBack = t.Reported is { } r ? start.AddDays(r) : null };
            var asOf = start.AddDays(t.AsOf);
            var overdue = assignment.StatusOn(asOf) == AssignmentStatus.Overdue;
            var reportedInTime = t.Reported is { } rep && rep <= t.AsOf;
            return (Run(WithAssignment(assignment), asOf).Findings.Count == 1) == overdue
                && overdue == (t.AsOf > t.Due && !reportedInTime);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(300));
}
