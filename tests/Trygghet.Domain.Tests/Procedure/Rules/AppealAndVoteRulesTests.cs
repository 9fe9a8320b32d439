using Trygghet.Domain.Procedure;
using Trygghet.Domain.Procedure.Facts;
using Trygghet.Domain.Samples;
using static Trygghet.Domain.Tests.Rules.RuleHarness;

namespace Trygghet.Domain.Tests.Procedure.Rules;

/// <summary>Late appeals, decisions that cannot be appealed (KL 13 kap. 2 and 5 §§) and ties decided by lot (5 kap. 56 §).</summary>
public sealed class AppealAndVoteRulesTests
{
    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    /// <summary>Seed 000 with its notice taken down the day after the last appeal day (2020-12-16): clean.</summary>
    private static readonly Protocol Seed = SeedCatalogue.SafetyCommitteeProtocol20201120 with
    {
        Notice = new Notice(D(2020, 11, 25), D(2020, 12, 17)),
    };

    private static int[] FinalParagraphs(Protocol protocol) =>
        [.. Run(protocol, D(2021, 2, 1)).Query<ParagraphLegallyFinal>().Select(p => p.Paragraph).Order()];

    [Fact]
    public void Appeal_OnTheLastDay_StopsFinality_TheDayAfter_IsLateAndDoesNot()
    {
        Assert.Equal([33, 35, 36], FinalParagraphs(Seed));
        Assert.Equal([35, 36], FinalParagraphs(Seed.WithAppeal(33, new Appeal(D(2020, 12, 16)))));

        var late = Seed.WithAppeal(33, new Appeal(D(2020, 12, 17)));
        Assert.Equal([33, 35, 36], FinalParagraphs(late));
        var finding = Assert.Single(Run(late, D(2021, 2, 1)).Findings);
        Assert.Equal("KL-13-5-OVERKLAGANDE-FOR-SENT", finding.RuleId);
        Assert.Equal(Trygghet.Domain.Rules.Severity.Info, finding.Severity);
        Assert.Equal("$.paragraphs[0].appeals[0]", finding.Path);
        Assert.Equal("Överklagandet av § 33 kom in 2020-12-17, efter överklagandetidens utgång; det hindrar inte laga kraft från 2020-12-17.", finding.Message.Swedish);
    }

    [Fact]
    public void MarkedFinal_WithALateAppeal_IsNoError_WithATimelyOne_IsAnError()
    {
        var late = Seed.WithAppeal(33, new Appeal(D(2021, 1, 10))).WithParagraphFinal(33, D(2020, 12, 17));
        Assert.Equal(["KL-13-5-OVERKLAGANDE-FOR-SENT"], Ids(Run(late, D(2021, 2, 1))));

        var timely = Seed.WithAppeal(33, new Appeal(D(2020, 12, 10))).WithParagraphFinal(33, D(2020, 12, 17));
        Assert.Equal(["KL-13-5-LAGA-KRAFT-OVERKLAGAD"], Ids(Run(timely, D(2021, 2, 1))));
    }

    [Fact]
    public void NoticeRemovedEarly_TheAppealPeriodNeverRanOut_SoNoAppealIsLate()
    {
        // seed 000 as recorded: removed on the last appeal day, so the period has not run out (KL 13 kap. 5 §)
        var appealed = SeedCatalogue.SafetyCommitteeProtocol20201120.WithAppeal(33, new Appeal(D(2021, 1, 10)));
        var session = Run(appealed, D(2021, 2, 1));
        Assert.Equal(["KL-8-12-ANSLAG-NEDTAGET-TIDIGT"], Ids(session));
        Assert.Empty(session.Query<LateAppeal>());
        Assert.Empty(session.Query<ParagraphLegallyFinal>());
    }

    [Fact]
    public void CommitteesPreparatoryDecision_AwaitsNoAppeal_CouncilsDoes()
    {
        // seed 000 § 36: Trygghetsutskottet asks the kommundirektör to look into an IOP: purely preparatory
        var p36 = Seed.FindParagraph(36)!;
        Protocol Preparatory(Meeting meeting) =>
            new Protocol(meeting, [p36 with { Decision = p36.Decision! with { Nature = DecisionNature.Preparatory } }])
                .WithAttestation(Seed.Attestation!).WithNotice(Seed.Notice!).WithAppeal(36, new Appeal(D(2020, 12, 1))).WithParagraphFinal(36, D(2020, 11, 20));

        var session = Run(Preparatory(Seed.Meeting), D(2021, 2, 1));
        var finding = Assert.Single(session.Findings);
        Assert.Equal("KL-13-2-EJ-OVERKLAGBART", finding.RuleId);
        Assert.Equal("$.paragraphs[0].decision.nature", finding.Path);
        Assert.Equal("§ 36 is a committee's purely preparatory or executive decision and cannot be appealed by legality review.", finding.Message.English);
        Assert.Empty(session.Query<ParagraphLegallyFinal>());

        // fullmäktige's decisions can always be appealed (13 kap. 2 § 1)
        var council = Preparatory(new Meeting(new Body("Kommunfullmäktige", BodyKind.Council), Seed.Meeting.Date));
        Assert.Equal(["KL-13-5-LAGA-KRAFT-OVERKLAGAD"], Ids(Run(council, D(2021, 2, 1))));
    }

    private static Paragraph Voted(Votation v, bool election = false, bool employment = false) =>
        new(1, election ? "Val av ordförande" : employment ? "Anställning av förvaltningschef" : "Budget")
        {
            IsElection = election,
            IsEmployment = employment,
            DecisionProcess = new() { Votations = [v] },
            Decision = new(DecisionOutcome.Decided),
        };

    private static readonly Votation Tie = new("Bifall till A?") { Ballots = [new(new Person("A"), VoteChoice.Yes), new(new Person("B"), VoteChoice.No)] };

    private static string[] VoteFindings(Paragraph p) =>
        Ids(Run(new Protocol(new Meeting(new Body("Nämnden", BodyKind.Committee), D(2024, 3, 4)), [p]), D(2024, 3, 4)));

    [Fact]
    public void TieInAnElectionOrEmployment_IsDecidedByLot_NotByTheChair()
    {
        Assert.Equal(["KL-5-56-UTSLAGSROST-SAKNAS"], VoteFindings(Voted(Tie)));
        Assert.Equal(["KL-5-56-LOTTNING-SAKNAS"], VoteFindings(Voted(Tie, election: true)));
        Assert.Equal(["KL-5-56-LOTTNING-SAKNAS"], VoteFindings(Voted(Tie, employment: true)));
        Assert.Equal(["KL-5-56-LOTTNING-SAKNAS"], VoteFindings(Voted(Tie with { CastingVote = VoteChoice.Yes }, election: true)));
        Assert.Empty(VoteFindings(Voted(Tie with { DrawnByLot = VoteChoice.No }, election: true)));
        Assert.Equal(VoteChoice.No, (Tie with { DrawnByLot = VoteChoice.No, CastingVote = VoteChoice.Yes }).Outcome);
    }

    [Fact]
    public void VoteWithNoBallotsRecorded_IsNotATie()
    {
        var empty = new Votation("Bifall?");
        Assert.False(empty.IsTie);
        Assert.Null(empty.Outcome);
        Assert.Empty(VoteFindings(Voted(empty)));
        Assert.Empty(VoteFindings(Voted(empty, election: true)));
    }
}
