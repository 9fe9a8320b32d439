using Trygghet.Domain.Procedure;
using Trygghet.Domain.Procedure.Facts;
using static Trygghet.Domain.Tests.Rules.RuleHarness;

namespace Trygghet.Domain.Tests.Procedure.Rules;

/// <summary>
/// Before 2018 (issue 12 point 9): the appeal rules have a version under Kommunallagen (1991:900) 10 kap. 6 § in the
/// wording SFS 1995:84 gave it (in force from 1995-04-01); the rules whose 1991 wording is not verified still report
/// RULE-NO-VERSION instead of applying Kommunallagen (2017:725).
/// </summary>
public sealed class Act1991RulesTests
{
    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    private static Protocol Attested(DateOnly meeting, DateOnly attested, Notice notice) =>
        new Protocol(new Meeting(new Body("Socialnämnden", BodyKind.Committee), meeting), [new Paragraph(1, "Budget") { Decision = new(DecisionOutcome.Decided) }])
            .WithAttestation(new Attestation(attested))
            .WithNotice(notice);

    [Fact]
    public void Protocol2017_AppealPeriodAndFinality_FollowKL1991Chapter10Section6()
    {
        // posted Friday 2017-06-09: three weeks end Friday 2017-06-30; final from 2017-07-01
        var session = Run(Attested(D(2017, 6, 1), D(2017, 6, 8), new Notice(D(2017, 6, 9), D(2017, 7, 3))), D(2017, 9, 1));

        Assert.Equal(D(2017, 6, 30), Assert.Single(session.Query<AppealPeriodEnd>()).Deadline.Date);
        Assert.Equal(D(2017, 7, 1), Assert.Single(session.Query<ParagraphLegallyFinal>()).From);
        // the justering and notice deadlines of 2017:725 do not apply: their 1991 wording is not verified
        Assert.Empty(session.Query<AttestationDeadline>());
        Assert.Contains(session.Findings, f => f.RuleId == "RULE-NO-VERSION" && f.Message.Swedish.Contains("KL-5-69-JUSTERING-SEN", StringComparison.Ordinal));
        Assert.DoesNotContain(session.Findings, f => f.Message.Swedish.Contains("KL-13-5-OVERKLAGANDETID", StringComparison.Ordinal));
    }

    [Fact]
    public void Protocol2017_NoticeDownOnTheLastAppealDay_IsAFindingCitingThe1991Act()
    {
        var session = Run(Attested(D(2017, 6, 1), D(2017, 6, 8), new Notice(D(2017, 6, 9), D(2017, 6, 30))), D(2017, 9, 1));

        var finding = Assert.Single(session.Findings, f => f.RuleId == "KL-8-12-ANSLAG-NEDTAGET-TIDIGT");
        Assert.Equal("Kommunallagen (1991:900) 10 kap. 6 § andra stycket (lydelse enligt SFS 1995:84)", finding.Basis.Citation.Swedish);
        Assert.Empty(session.Query<LegallyFinalFrom>());
    }

    [Fact]
    public void Protocol1994_BeforeTheVerifiedWording_ReportsNoVersionForTheAppealRules()
    {
        var session = Run(Attested(D(1994, 6, 1), D(1994, 6, 8), new Notice(D(1994, 6, 9))), D(1994, 9, 1));

        Assert.Empty(session.Query<AppealPeriodEnd>());
        Assert.All(session.Findings, f => Assert.Equal("RULE-NO-VERSION", f.RuleId));
        Assert.Contains(session.Findings, f => f.Message.Swedish.Contains("KL-13-5-OVERKLAGANDETID", StringComparison.Ordinal));
    }
}
