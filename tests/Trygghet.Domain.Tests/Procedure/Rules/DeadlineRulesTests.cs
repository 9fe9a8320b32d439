using Trygghet.Domain.Procedure;
using Trygghet.Domain.Procedure.Facts;
using Trygghet.Domain.Samples;
using static Trygghet.Domain.Tests.Rules.RuleHarness;

namespace Trygghet.Domain.Tests.Procedure.Rules;

public sealed class DeadlineRulesTests
{
    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    private static readonly Body Committee = new("Socialnämnden", BodyKind.Committee);

    private static Protocol Draft(DateOnly meeting) => new(new Meeting(Committee, meeting), [new Paragraph(1, "Budget") { Decision = new(DecisionOutcome.Decided) }, new Paragraph(2, "Rapporter")]);

    private static readonly ProcedureSettings EndOfDay = new() { NoticeRemoval = NoticeRemovalPolicy.AtEndOfRecordedDay };

    [Fact]
    public void SeedProtocol_BoardRemovesAtEndOfDay_NoFindingsAndTheChainIsDerived()
    {
        // seed 000 took its notice down on the last appeal day: in time only where the board removes at the end of the day
        var session = Run(SeedCatalogue.SafetyCommitteeProtocol20201120, D(2021, 1, 1), EndOfDay);

        Assert.Empty(session.Findings);
        Assert.Equal(D(2020, 12, 4), Assert.Single(session.Query<AttestationDeadline>()).Deadline.Date);
        Assert.Equal(D(2020, 11, 27), Assert.Single(session.Query<NoticeDeadline>()).Deadline.Date);
        Assert.Equal(D(2020, 12, 16), Assert.Single(session.Query<AppealPeriodEnd>()).Deadline.Date);
        Assert.Equal(D(2020, 12, 17), Assert.Single(session.Query<LegallyFinalFrom>()).From);
        Assert.Equal([33, 35, 36], session.Query<ParagraphLegallyFinal>().Select(p => p.Paragraph).Order());
    }

    [Fact]
    public void SeedProtocol_RemovedOnTheLastAppealDay_RemovedEarlyAndNothingFinal()
    {
        // KL 13 kap. 5 §: the notice must be up during the whole appeal period for the period to run out
        var session = Run(SeedCatalogue.SafetyCommitteeProtocol20201120, D(2021, 1, 1));

        var finding = Assert.Single(session.Findings);
        Assert.Equal("KL-8-12-ANSLAG-NEDTAGET-TIDIGT", finding.RuleId);
        Assert.Equal("$.notice.removed", finding.Path);
        Assert.Equal("Anslaget togs ned 2020-12-16, tidigast 2020-12-17 (överklagandetiden slutar 2020-12-16); överklagandetiden har inte löpt ut.", finding.Message.Swedish);
        Assert.Empty(session.Query<LegallyFinalFrom>());
        Assert.Empty(session.Query<ParagraphLegallyFinal>());

        // the day after is clean
        var dayAfter = SeedCatalogue.SafetyCommitteeProtocol20201120 with { Notice = new Notice(D(2020, 11, 25), D(2020, 12, 17)) };
        var clean = Run(dayAfter, D(2021, 1, 1));
        Assert.Empty(clean.Findings);
        Assert.Equal(D(2020, 12, 17), Assert.Single(clean.Query<LegallyFinalFrom>()).From);
    }

    [Fact]
    public void AttestedAndPostedLate_TwoFindingsWithDeadlines()
    {
        var protocol = Draft(D(2024, 3, 4)).WithAttestation(new Attestation(D(2024, 3, 20))).WithNotice(new Notice(D(2024, 3, 25)));
        var session = Run(protocol, D(2024, 3, 26));

        Assert.Equal(["KL-5-69-JUSTERING-SEN", "KL-8-12-ANSLAG-SEN"], Ids(session));
        var late = session.Findings.Single(f => f.RuleId == "KL-5-69-JUSTERING-SEN");
        Assert.Equal("$.attestation.date", late.Path);
        Assert.Equal("The protocol was attested on 2024-03-20; the deadline was 2024-03-18.", late.Message.English);
        Assert.Equal("$.notice.posted", session.Findings.Single(f => f.RuleId == "KL-8-12-ANSLAG-SEN").Path);
    }

    [Fact]
    public void NoticeMissing_OnlyAfterTheNoticeDeadline()
    {
        var attested = Draft(D(2024, 3, 4)).WithAttestation(new Attestation(D(2024, 3, 8)));

        Assert.Empty(Run(attested, D(2024, 3, 11)).Findings); // deadline 2024-03-10 is a Sunday -> 2024-03-11
        Assert.Equal(["KL-8-12-ANSLAG-SAKNAS"], Ids(Run(attested, D(2024, 3, 12))));
    }

    [Fact]
    public void AttestationMissing_OnlyAfterTheAttestationDeadline()
    {
        Assert.Empty(Run(Draft(D(2024, 3, 4)), D(2024, 3, 18)).Findings);
        Assert.Equal(["KL-5-69-JUSTERING-SAKNAS"], Ids(Run(Draft(D(2024, 3, 4)), D(2024, 3, 19))));
    }

    [Fact]
    public void ImmediateAttestation_ParagraphHasItsOwnChain()
    {
        var protocol = Draft(D(2024, 3, 4)).WithImmediateAttestation(1, new Attestation(D(2024, 3, 4))).WithImmediateNotice(1, new Notice(D(2024, 3, 8)));
        var session = Run(protocol.WithAttestation(new Attestation(D(2024, 3, 11))).WithNotice(new Notice(D(2024, 3, 12))), D(2024, 5, 1));

        var late = Assert.Single(session.Findings);
        Assert.Equal("KL-8-12-ANSLAG-SEN", late.RuleId);
        Assert.Equal("$.paragraphs[0].immediateNotice.posted", late.Path);
        Assert.Equal(D(2024, 3, 29), session.Query<AppealPeriodEnd>().Single(e => e.ChainId == "$.paragraphs[0]").Deadline.Unshifted);
        Assert.Equal(D(2024, 4, 3), Assert.Single(session.Query<ParagraphLegallyFinal>()).From);
    }

    [Fact]
    public void ParagraphMarkedFinalWhileAppealed_Finding()
    {
        var protocol = Draft(D(2024, 3, 4)).WithAttestation(new Attestation(D(2024, 3, 8))).WithNotice(new Notice(D(2024, 3, 8)))
            .WithAppeal(1, new Appeal(D(2024, 3, 20))).WithParagraphFinal(1, D(2024, 4, 3));
        var session = Run(protocol, D(2024, 5, 1));

        var finding = Assert.Single(session.Findings);
        Assert.Equal("KL-13-5-LAGA-KRAFT-OVERKLAGAD", finding.RuleId);
        Assert.Equal("$.paragraphs[0].legallyFinalFrom", finding.Path);
        Assert.Empty(session.Query<ParagraphLegallyFinal>());
    }

    [Fact]
    public void ParagraphMarkedFinalBeforeTheAppealPeriodEnds_Finding()
    {
        // posted 2024-03-08: appeal period ends 2024-04-02 (Easter), final from 2024-04-03
        var protocol = Draft(D(2024, 3, 4)).WithAttestation(new Attestation(D(2024, 3, 8))).WithNotice(new Notice(D(2024, 3, 8)));
        Assert.Empty(Run(protocol.WithParagraphFinal(1, D(2024, 4, 3)), D(2024, 5, 1)).Findings);
        Assert.Equal(["KL-13-5-LAGA-KRAFT-FOR-TIDIGT"], Ids(Run(protocol.WithParagraphFinal(1, D(2024, 3, 30)), D(2024, 5, 1))));
    }

    [Fact]
    public void ProtocolBefore2018_ReportsNoRuleVersionInsteadOfApplying2018Rules()
    {
        var late2017 = Draft(D(2017, 6, 1)).WithAttestation(new Attestation(D(2017, 7, 1))).WithNotice(new Notice(D(2017, 7, 10)));
        var session = Run(late2017, D(2017, 12, 1));

        Assert.NotEmpty(session.Findings);
        Assert.All(session.Findings, f => Assert.Equal("RULE-NO-VERSION", f.RuleId));
        Assert.Contains(session.Findings, f => f.Message.Swedish == "Ingen version av regeln KL-5-69-JUSTERING-SEN gäller 2017-06-01.");
        Assert.Empty(session.Query<AttestationDeadline>());
    }
}
