using Trygghet.Domain.Procedure;
using static Trygghet.Domain.Tests.Rules.RuleHarness;

namespace Trygghet.Domain.Tests.Procedure.Rules;

/// <summary>Who served in each paragraph: quorum per matter (KL 5 kap. 45-46 §§, 6 kap. 27 and 30 §§), substitutes (5 kap. 17-20 §§), dissent (4 kap. 27 §).</summary>
public sealed class ServiceRulesTests
{
    private static readonly DateOnly Day = new(2024, 3, 4);

    private static Member M(string name, params int[] paragraphs) => new(new Person(name)) { Paragraphs = [.. paragraphs] };

    private static ServingSubstitute S(string name, string servingFor, params int[] paragraphs) =>
        new(new Person(name), new Person(servingFor)) { Paragraphs = [.. paragraphs] };

    private static Paragraph Decided(int number, params string[] disqualified) =>
        new(number, $"Ärende {number}") { Decision = new(DecisionOutcome.Decided), Disqualifications = [.. disqualified.Select(n => new Disqualification(new Person(n)))] };

    private static Protocol Of(BodyKind kind, int seats, Member[] members, ServingSubstitute[] substitutes, params Paragraph[] paragraphs) =>
        new(new Meeting(new Body(kind == BodyKind.Council ? "Kommunfullmäktige" : "Socialnämnden", kind, seats), Day) { Members = [.. members], ServingSubstitutes = [.. substitutes] }, [.. paragraphs]);

    private static readonly Member[] FiveOfNine = [M("A"), M("B"), M("C"), M("D"), M("E")];

    [Fact]
    public void Committee_MemberLeavingForJav_CanBreakQuorumInThatParagraphOnly()
    {
        var protocol = Of(BodyKind.Committee, 9, FiveOfNine, [], Decided(1), Decided(2, "A"), Decided(3));

        var finding = Assert.Single(Run(protocol, Day).Findings);
        Assert.Equal("KL-6-27-BESLUTSFORHET", finding.RuleId);
        Assert.Equal("$.paragraphs[1].decision", finding.Path);
        Assert.Equal("§ 2 avgjordes med 4 tjänstgörande av 9 platser; minst 5 krävs.", finding.Message.Swedish);
        Assert.Equal([true, false, true], protocol.Paragraphs.Select(p => protocol.IsQuorateIn(p.Number)));
        Assert.Equal(["B", "C", "D", "E"], protocol.ServingIn(2).Select(p => p.Name));

        // a substitute entering for the disqualified member in § 2 keeps the committee quorate, and is no KL-5-17 error
        var substituted = Of(BodyKind.Committee, 9, FiveOfNine, [S("F", "A", 2)], Decided(1), Decided(2, "A"), Decided(3));
        Assert.Empty(Run(substituted, Day).Findings);
        Assert.Equal(["B", "C", "D", "E", "F"], substituted.ServingIn(2).Select(p => p.Name));
    }

    [Fact]
    public void Council_JavDoesNotBreakQuorum_ButAMemberWhoLeftDoes()
    {
        var jav = Of(BodyKind.Council, 9, FiveOfNine, [], Decided(1), Decided(2, "A"));
        Assert.Empty(Run(jav, Day).Findings);
        Assert.True(jav.IsQuorateIn(2));

        // A leaves after § 1 for another reason: § 2 is dealt with by 4 of 9
        var left = Of(BodyKind.Council, 9, [M("A", 1), M("B"), M("C"), M("D"), M("E")], [], Decided(1), Decided(2));
        Assert.Equal(["KL-6-27-BESLUTSFORHET"], Ids(Run(left, Day)));
    }

    [Fact]
    public void SubstitutionInOneParagraph_ThirteenServingOnThirteenSeats_NoFalseErrors()
    {
        // a member leaves § 2 (not jäv) and a substitute serves in that paragraph only: never 14 serving
        Member[] members = [.. Enumerable.Range(1, 12).Select(i => M($"L{i}")), M("X", 1, 3)];
        var protocol = Of(BodyKind.Committee, 13, members, [S("Y", "X", 2)], Decided(1), Decided(2), Decided(3));

        Assert.Empty(Run(protocol, Day).Findings);
        Assert.All(protocol.Paragraphs, p => Assert.Equal(13, protocol.ServingIn(p.Number).Length));
    }

    [Fact]
    public void SubstituteForAMemberServingInTheSameParagraph_IsStillAnError()
    {
        var protocol = Of(BodyKind.Committee, 9, FiveOfNine, [S("F", "A", 2)], Decided(1), Decided(2));
        var finding = Assert.Single(Run(protocol, Day).Findings);
        Assert.Equal("KL-5-17-ERSATTARE-FOR-NARVARANDE", finding.RuleId);
        Assert.Equal("$.meeting.servingSubstitutes[0]", finding.Path);
    }

    [Fact]
    public void Council_MemberReturningAfterLeavingForAnotherReason_IsAFinding_AfterJavOrALateArrivalIsNot()
    {
        Member[] back = [M("A", 1, 3), M("B"), M("C"), M("D"), M("E")];
        var returned = Of(BodyKind.Council, 9, back, [], Decided(1), Decided(2), Decided(3));
        var findings = Run(returned, Day).Findings;
        var finding = Assert.Single(findings, f => f.RuleId == "KL-5-20-ATERINTRADE");
        Assert.Equal("$.meeting.members[0]", finding.Path);
        Assert.Equal("A served up to § 1 and again from § 3, with no disqualification in between.", finding.Message.English);

        // the break is § 2 where A was disqualified: may return (5 kap. 18 § third sentence, 20 §)
        Assert.DoesNotContain("KL-5-20-ATERINTRADE", Ids(Run(Of(BodyKind.Council, 9, back, [], Decided(1), Decided(2, "A"), Decided(3)), Day)));

        // a member arriving late takes over from the substitute (5 kap. 19 §)
        Member[] late = [M("A", 2, 3), M("B"), M("C"), M("D"), M("E")];
        Assert.Empty(Run(Of(BodyKind.Council, 9, late, [S("F", "A", 1)], Decided(1), Decided(2), Decided(3)), Day).Findings);

        // 5 kap. 20 § is about fullmäktige; a nämnd's substitutes serve as fullmäktige decides (6 kap. 17 §)
        Assert.DoesNotContain("KL-5-20-ATERINTRADE", Ids(Run(Of(BodyKind.Committee, 9, back, [], Decided(1), Decided(2), Decided(3)), Day)));
    }

    [Fact]
    public void Dissent_OnlyByThoseWhoServedInTheParagraph()
    {
        var dissent = Decided(2) with { Decision = new(DecisionOutcome.Decided) { Dissents = [new(new Person("A"), "Skäl")] } };
        var absent = Of(BodyKind.Committee, 9, [M("A", 1), M("B"), M("C"), M("D"), M("E"), M("F")], [S("G", "A", 2)], Decided(1), dissent);

        var finding = Assert.Single(Run(absent, Day).Findings);
        Assert.Equal("KL-4-27-RESERVATION-EJ-TJANSTGORANDE", finding.RuleId);
        Assert.Equal("$.paragraphs[1].decision.dissents[0]", finding.Path);
        Assert.Equal("A reserverade sig i § 2 men tjänstgjorde inte i den paragrafen.", finding.Message.Swedish);

        var present = Of(BodyKind.Committee, 9, [M("A"), M("B"), M("C"), M("D"), M("E")], [], Decided(1), dissent);
        Assert.Empty(Run(present, Day).Findings);

        // without a list of who served, nothing is judged
        Assert.Empty(Run(new Protocol(new Meeting(new Body("Nämnden", BodyKind.Committee), Day), [dissent]), Day).Findings);
    }

    [Fact]
    public void ServingIn_UnknownParagraph_NamesIt()
    {
        var protocol = Of(BodyKind.Committee, 9, FiveOfNine, [], Decided(1));
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => protocol.ServingIn(7));
        Assert.Equal("number", e.ParamName);
        Assert.Null(new Protocol(new Meeting(new Body("Nämnden", BodyKind.Committee), Day), [Decided(1)]).IsQuorateIn(1));
    }
}
