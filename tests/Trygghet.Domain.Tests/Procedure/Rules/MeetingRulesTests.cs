using Trygghet.Domain.Common;
using Trygghet.Domain.Procedure;
using Trygghet.Domain.Samples;
using static Trygghet.Domain.Tests.Rules.RuleHarness;

namespace Trygghet.Domain.Tests.Procedure.Rules;

public sealed class MeetingRulesTests
{
    private static readonly DateOnly Day = new(2024, 3, 4);

    private static Member M(string name) => new(new Person(name));

    private static Protocol With(Body body, Meeting? meeting = null, params Paragraph[] paragraphs)
    {
        meeting ??= new Meeting(body, Day) { Members = [M("A"), M("B"), M("C"), M("D"), M("E")] };
        return new Protocol(meeting, [.. paragraphs.Length == 0 ? [new Paragraph(1, "Budget") { Decision = new(DecisionOutcome.Decided) }] : paragraphs]);
    }

    [Fact]
    public void Quorum_FiveOfNine_NoFinding_FiveOfTen_Finding()
    {
        Assert.Empty(Run(With(new Body("Nämnden", BodyKind.Committee, 9)), Day).Findings);

        var session = Run(With(new Body("Nämnden", BodyKind.Committee, 10)), Day);
        var finding = Assert.Single(session.Findings);
        Assert.Equal("KL-6-27-BESLUTSFORHET", finding.RuleId);
        Assert.Equal("$.paragraphs[0].decision", finding.Path);
        Assert.Equal("§ 1 avgjordes med 5 tjänstgörande av 10 platser; minst 6 krävs.", finding.Message.Swedish);
    }

    [Fact]
    public void Quorum_ServingSubstituteCounts()
    {
        var body = new Body("Nämnden", BodyKind.Committee, 10);
        var meeting = new Meeting(body, Day) { Members = [M("A"), M("B"), M("C"), M("D"), M("E")], ServingSubstitutes = [new(new Person("F"), new Person("G"))] };
        Assert.Empty(Run(With(body, meeting), Day).Findings);
    }

    [Fact]
    public void Substitute_ForPresentMember_And_TwoForOne_AreFindings()
    {
        var body = new Body("Nämnden", BodyKind.Committee, 9);
        var meeting = new Meeting(body, Day)
        {
            Members = [M("A"), M("B"), M("C")],
            ServingSubstitutes = [new(new Person("S1"), new Person("A")), new(new Person("S2"), new Person("X")), new(new Person("S3"), new Person("X"))],
        };
        var session = Run(With(body, meeting), Day);

        Assert.Equal(["KL-5-17-ERSATTARE-DUBBEL", "KL-5-17-ERSATTARE-FOR-NARVARANDE"], Ids(session));
        Assert.Equal("$.meeting.servingSubstitutes[0]", session.Findings.Single(f => f.RuleId == "KL-5-17-ERSATTARE-FOR-NARVARANDE").Path);
        Assert.Equal("Both S2 and S3 serve for X in the same paragraphs.", session.Findings.Single(f => f.RuleId == "KL-5-17-ERSATTARE-DUBBEL").Message.English);
    }

    [Fact]
    public void Disqualified_VotedAndPresentInCommittee_TwoFindings_InCouncilOnlyVoting()
    {
        static Paragraph P() => new(1, "Bygglov")
        {
            Disqualifications = [new(new Person("A"), "part i ärendet") { RemainedPresent = true }],
            DecisionProcess = new() { Votations = [new Votation("Bifall?") { Ballots = [new(new Person("A"), VoteChoice.Yes), new(new Person("B"), VoteChoice.No), new(new Person("C"), VoteChoice.No)] }] },
            Decision = new(DecisionOutcome.Decided),
        };

        // in a nämnd the disqualified member is absent for quorum too: 4 of 9 (KL 6 kap. 27 and 30 §§)
        var committee = Run(With(new Body("Nämnden", BodyKind.Committee, 9), null, P()), Day);
        Assert.Equal(["KL-6-27-BESLUTSFORHET", "KL-6-30-JAV-DELTOG", "KL-6-30-JAV-NARVARO"], Ids(committee));
        Assert.Equal("$.paragraphs[0].decisionProcess.votations[0].ballots[0]", committee.Findings.Single(f => f.RuleId == "KL-6-30-JAV-DELTOG").Path);

        // in fullmäktige jäv does not break quorum (KL 5 kap. 46 §)
        var council = Run(With(new Body("Kommunfullmäktige", BodyKind.Council, 9), null, P()), Day);
        Assert.Equal(["KL-6-30-JAV-DELTOG"], Ids(council));
    }

    [Fact]
    public void Tie_WithoutCastingVote_Finding_WithCastingVote_None()
    {
        var tie = new Votation("Bifall?") { Ballots = [new(new Person("A"), VoteChoice.Yes), new(new Person("B"), VoteChoice.No)] };
        Paragraph P(Votation v) => new(1, "Budget") { DecisionProcess = new() { Votations = [v] }, Decision = new(DecisionOutcome.Decided) };
        var body = new Body("Nämnden", BodyKind.Committee, 9);

        Assert.Equal(["KL-5-56-UTSLAGSROST-SAKNAS"], Ids(Run(With(body, null, P(tie)), Day)));
        Assert.Empty(Run(With(body, null, P(tie with { CastingVote = VoteChoice.Yes })), Day).Findings);
    }

    [Fact]
    public void Dissent_ByMemberNotTakingPart_Finding_ByDisqualifiedMember_JavFinding()
    {
        var body = new Body("Kommunstyrelsen", BodyKind.ExecutiveBoard, 7);
        var p = new Paragraph(22, "Överenskommelse") { Decision = new(DecisionOutcome.Decided) { NotTakingPart = [new Person("A")], Dissents = [new(new Person("A"))] } };
        var session = Run(With(body, null, p), Day);
        var finding = Assert.Single(session.Findings);
        Assert.Equal("KL-4-27-RESERVATION-UTAN-DELTAGANDE", finding.RuleId);
        Assert.Equal("$.paragraphs[0].decision.dissents[0]", finding.Path);

        var jav = p with { Decision = new(DecisionOutcome.Decided) { Dissents = [new(new Person("B"), "Skäl")] }, Disqualifications = [new(new Person("B"))] };
        Assert.Equal(["KL-6-30-JAV-DELTOG"], Ids(Run(With(body, null, jav), Day)));
        Assert.Empty(Run(With(body, null, p with { Decision = new(DecisionOutcome.Decided) { Dissents = [new(new Person("B"))] } }), Day).Findings);
    }

    [Fact]
    public void SeedParagraph22_MembersNotTakingPart_NoFindings()
    {
        var meeting = new Meeting(SeedCatalogue.UpplandsBroExecutiveBoard, new DateOnly(2020, 3, 1));
        var session = Run(new Protocol(meeting, [SeedCatalogue.ExecutiveBoardParagraph22Of2020]), meeting.Date);
        Assert.Empty(session.Findings);
        Assert.Equal(4, SeedCatalogue.ExecutiveBoardParagraph22Of2020.Decision!.NotTakingPart.Count);
    }
}
