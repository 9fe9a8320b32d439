using Trygghet.Domain.Common;
using Trygghet.Domain.Procedure;
using Trygghet.Domain.Samples;
using static Trygghet.Domain.Tests.Rules.RuleHarness;

namespace Trygghet.Domain.Tests.Procedure.Rules;

public sealed class ReferralRulesTests
{
    private static readonly DateOnly Day = new(2024, 6, 10);
    private static readonly Body Council = new("Kommunfullmäktige", BodyKind.Council, 51);

    /// <summary>A council meeting with 45 serving members, M0..M44.</summary>
    private static readonly Meeting CouncilMeeting = new(Council, Day) { Members = [.. Enumerable.Range(0, 45).Select(i => new Member(new Person($"M{i}")))] };

    private static Motion Referral(int demanding, string? reasons = "Mer underlag behövs") =>
        new(MotionKind.Referral, new Person("M0"))
        {
            Supporters = [.. Enumerable.Range(1, demanding - 1).Select(i => new Person($"M{i}"))],
            Reasons = reasons,
            Assignment = "Komplettera",
        };

    private static Protocol CouncilProtocol(Paragraph p) => new(CouncilMeeting, [p]);

    [Fact]
    public void MinorityOfAThird_Refused_Finding()
    {
        var p = new Paragraph(7, "Budget 2025") { Motions = [Referral(15)], Decision = new(DecisionOutcome.Decided) };
        var session = Run(CouncilProtocol(p), Day);

        var finding = Assert.Single(session.Findings);
        Assert.Equal("KL-5-50-MINORITETSKRAV-AVSLAGET", finding.RuleId);
        Assert.Equal("$.paragraphs[0].motions[0]", finding.Path);
        Assert.Equal("15 av 45 närvarande begärde återremiss i § 7, men ärendet avgjordes.", finding.Message.Swedish);
    }

    [Fact]
    public void BelowAThird_Refused_NoFinding() =>
        Assert.Empty(Run(CouncilProtocol(new Paragraph(7, "Budget 2025") { Motions = [Referral(14)], Decision = new(DecisionOutcome.Decided) }), Day).Findings);

    [Fact]
    public void Election_Refused_NoFinding() =>
        Assert.Empty(Run(CouncilProtocol(new Paragraph(7, "Val") { IsElection = true, Motions = [Referral(20)], Decision = new(DecisionOutcome.Decided) }), Day).Findings);

    [Fact]
    public void SupplementaryElection_DecidedFirstTime_Finding_AfterTabling_None()
    {
        var p = new Paragraph(9, "Fyllnadsval") { IsElection = true, IsSupplementaryElection = true, Decision = new(DecisionOutcome.Decided) };
        Assert.Equal(["KL-5-50-EXTRA-VAL-EJ-BORDLAGT"], Ids(Run(CouncilProtocol(p), Day)));

        var tabled = new Matter(CaseNumber.Parse("KS 24/0200"), "Fyllnadsval").Table(CouncilMeeting, 4).Return(Day);
        Assert.Empty(Run(CouncilProtocol(p with { Matter = tabled }), Day).Findings);
        Assert.Empty(Run(CouncilProtocol(p with { Decision = new(DecisionOutcome.Tabled) }), Day).Findings);
    }

    [Fact]
    public void ReferralDemand_WithoutRecordedAttendance_IsNotEvaluated()
    {
        var protocol = new Protocol(new Meeting(Council, Day), [new Paragraph(7, "Budget 2025") { Motions = [Referral(1)], Decision = new(DecisionOutcome.Decided) }]);
        Assert.Empty(Run(protocol, Day).Findings);
    }

    [Fact]
    public void SecondMinorityUse_Finding()
    {
        var matter = new Matter(CaseNumber.Parse("KS 24/0100"), "Budget 2025").ReferBack(CouncilMeeting, "Komplettera", 3, onMinorityDemand: true).Return(Day);
        var p = new Paragraph(7, "Budget 2025")
        {
            Matter = matter,
            Motions = [Referral(15)],
            DecisionProcess = new() { AdoptedMotion = 0 },
            Decision = new(DecisionOutcome.ReferredBack) { OnMinorityDemand = true, Assignment = "Komplettera" },
        };
        Assert.Equal(["KL-5-50-MINORITETSRATT-FORBRUKAD"], Ids(Run(CouncilProtocol(p), Day)));

        // the second time the majority may refuse: no finding
        Assert.Empty(Run(CouncilProtocol(p with { DecisionProcess = null, Decision = new(DecisionOutcome.Decided) }), Day).Findings);
    }

    [Fact]
    public void MinorityReferralWithoutReasons_Finding()
    {
        var p = new Paragraph(7, "Budget 2025")
        {
            Motions = [Referral(15, reasons: null)],
            DecisionProcess = new() { AdoptedMotion = 0 },
            Decision = new(DecisionOutcome.ReferredBack) { OnMinorityDemand = true },
        };
        Assert.Equal(["KL-5-50-ATERREMISS-UTAN-MOTIVERING"], Ids(Run(CouncilProtocol(p), Day)));
        Assert.Empty(Run(CouncilProtocol(p with { Motions = [Referral(15)] }), Day).Findings);
    }

    [Fact]
    public void ReferralRecordedAsDecision_Finding()
    {
        var seed = SeedCatalogue.SafetyCommitteeProtocol20201120;
        var p34 = seed.FindParagraph(34)!;
        var wrong = new Protocol(seed.Meeting, [p34 with { Decision = p34.Decision! with { Outcome = DecisionOutcome.Decided } }]);

        var finding = Assert.Single(Run(wrong, seed.Meeting.Date).Findings);
        Assert.Equal("KL-5-67-ATERREMISS-SOM-BESLUT", finding.RuleId);
        Assert.Equal("$.paragraphs[0].decision", finding.Path);
    }

    [Fact]
    public void SeedParagraph34_ReferralInUtskott_NoFindingsAndMatterStaysOpen()
    {
        var seed = SeedCatalogue.SafetyCommitteeProtocol20201120;
        var p34 = seed.FindParagraph(34)!;
        Assert.Empty(Run(new Protocol(seed.Meeting, [p34]), seed.Meeting.Date).Findings);

        var referred = p34.Matter!.ReferBack(seed.Meeting, p34.Decision!.Assignment!, 34);
        Assert.True(referred.IsOpen);
        Assert.Equal(p34.CaseNumber, referred.CaseNumber);
    }

    [Fact]
    public void SeedExecutiveBoardParagraph50_ReferralWithRenaming_NoFindings()
    {
        var protocol = ProcedureFixtures.UnattestedProtocol;
        Assert.Empty(Run(protocol, protocol.Meeting.Date).Findings);

        // in a kommunstyrelse the minority right does not apply: 4 of 11 demanding is just a majority question
        var evaluation = MinorityReferral.Evaluate(BodyKind.ExecutiveBoard, 4, 11);
        Assert.False(evaluation.MustBeGranted);
        Assert.Equal(MinorityReferralGround.NotCouncil, evaluation.Ground);

        var matter = SeedCatalogue.ViolenceInCloseRelationshipsMatter;
        Assert.Throws<InvalidOperationException>(() => matter.Return(new DateOnly(2021, 1, 1)));
    }

    /// <summary>"Återremiss eller avgörande idag": members M[from]..M[to-1] vote for återremiss (nej), the rest of the 45 for today (ja).</summary>
    private static Votation DeferralVote(int from, int to) =>
        new("Ska ärendet avgöras idag eller återremitteras?")
        {
            Deferral = new DeferralQuestion(MotionKind.Referral),
            Ballots = [.. Enumerable.Range(0, 45).Select(i => new Ballot(new Person($"M{i}"), i >= from && i < to ? VoteChoice.No : VoteChoice.Yes))],
        };

    [Fact]
    public void MinorityOfAThird_RecordedAsAVote_RefusedIsAFinding_FourteenIsNot()
    {
        // the usual protocol form: the referral question is put and voted on; 15 of 45 vote for återremiss
        var p = new Paragraph(7, "Budget 2025") { DecisionProcess = new() { Votations = [DeferralVote(0, 15)] }, Decision = new(DecisionOutcome.Decided) };

        var finding = Assert.Single(Run(CouncilProtocol(p), Day).Findings);
        Assert.Equal("KL-5-50-MINORITETSKRAV-AVSLAGET", finding.RuleId);
        Assert.Equal("$.paragraphs[0].decisionProcess.votations[0]", finding.Path);
        Assert.Equal("15 av 45 närvarande begärde återremiss i § 7, men ärendet avgjordes.", finding.Message.Swedish);

        Assert.Empty(Run(CouncilProtocol(p with { DecisionProcess = new() { Votations = [DeferralVote(0, 14)] } }), Day).Findings);
    }

    [Fact]
    public void DemandsInSeveralForms_AreCountedPerDistinctMember()
    {
        // a motion by M0 joined by M1..M9, and a vote where M0..M13 vote for återremiss: 14 members, not 24
        var fourteen = new Paragraph(7, "Budget 2025")
        {
            Motions = [Referral(10)],
            DecisionProcess = new() { Votations = [DeferralVote(0, 14)] },
            Decision = new(DecisionOutcome.Decided),
        };
        Assert.Empty(Run(CouncilProtocol(fourteen), Day).Findings);

        // a second motion by M14 (with an approval of it by M20) brings the distinct count to 16
        var second = new Motion(MotionKind.Referral, new Person("M14")) { Reasons = "Konsekvensanalys saknas" };
        var sixteen = fourteen with { Motions = [Referral(10), second, new Motion(MotionKind.Approval, new Person("M20")) { Supports = 1 }] };
        var finding = Assert.Single(Run(CouncilProtocol(sixteen), Day).Findings);
        Assert.Equal("$.paragraphs[0].motions[0]", finding.Path);
        Assert.Equal("16 of 45 present demanded referral back in § 7, but the matter was decided.", finding.Message.English);
    }

    [Fact]
    public void MinorityReferralGranted_ReasonsMustComeFromThoseWhoDemandedIt()
    {
        // granted on the minority's demand recorded only as a vote: nobody set the reasons
        var granted = new Paragraph(7, "Budget 2025")
        {
            DecisionProcess = new() { Votations = [DeferralVote(0, 15)] },
            Decision = new(DecisionOutcome.ReferredBack) { OnMinorityDemand = true, Assignment = "Komplettera" },
        };
        Assert.Equal(["KL-5-50-ATERREMISS-UTAN-MOTIVERING"], Ids(Run(CouncilProtocol(granted), Day)));

        // several referral motions: the reasons of one of them suffice
        var withReasons = granted with { Motions = [Referral(5, reasons: null), Referral(3, reasons: "Mer underlag behövs")] };
        Assert.Empty(Run(CouncilProtocol(withReasons), Day).Findings);
    }

    [Fact]
    public void DeferralQuestion_RefusesWhatIsNotADeferral()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new DeferralQuestion(MotionKind.Approval));
        Assert.Throws<ArgumentOutOfRangeException>(() => new DeferralQuestion(MotionKind.Referral, VoteChoice.Abstain));
        var yesDefers = new Votation("Återremiss?") { Deferral = new(MotionKind.Tabling, VoteChoice.Yes), Ballots = [new(new Person("A"), VoteChoice.Yes), new(new Person("B"), VoteChoice.No)] };
        Assert.Equal(["A"], yesDefers.DeferringVoters().Select(p => p.Name));
        Assert.Empty(new Votation("Bifall?") { Ballots = [new(new Person("A"), VoteChoice.No)] }.DeferringVoters());
    }
}
