using System.Text.RegularExpressions;
using Trygghet.Domain.Common;
using Trygghet.Domain.Procedure;
using Trygghet.Domain.Procedure.Facts;
using Trygghet.Domain.Procedure.Rules;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Rules.Runtime;
using Trygghet.Domain.Samples;
using Trygghet.Domain.Serialization;
using Trygghet.Domain.Tests.Rules;
using Trygghet.Domain.Validation;

namespace Trygghet.Domain.Tests.Procedure.Rules;

/// <summary>
/// Delegationsbeslut on a nämnd's record (KL 6 kap. 37-40 §§, 7 kap. 5-8 §§, 8 kap. 10 § 3): what may not be delegated,
/// urgent decisions reported at the next meeting, decisions not reported announced on the notice board, and each
/// decision's appeal clock.
/// </summary>
public sealed class DelegationRulesTests
{
    private static readonly CompiledRuleSet Rules = RuleHarness.Compile([.. ProtocolDocument.Descriptor.Rules, .. ProtocolSeriesDocument.Descriptor.Rules]);

    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    /// <summary>The procedure and series rules on a series, as of a day (also the law's evaluation date).</summary>
    internal static RuleSession Run(ProtocolSeries series, DateOnly asOf) => RuleHarness.Session(Rules, ProtocolSeriesFacts.From(series), asOf);

    private static readonly Body Committee = new("Socialnämnden i Exempelby", BodyKind.Committee, 9);

    internal static Protocol Meeting(DateOnly date, int posted = 3, int? removedAfter = null)
    {
        var notice = new Notice(date.AddDays(posted), removedAfter is { } r ? date.AddDays(posted + r) : null);
        return new Protocol(new Meeting(Committee, date), [new Paragraph(1, "Anmälan av delegationsbeslut") { Decision = new(DecisionOutcome.Noted) }])
            .WithAttestation(new Attestation(date.AddDays(2)))
            .WithNotice(notice);
    }

    private static ProtocolSeries Series(DelegatedDecision decision, params Protocol[] protocols) =>
        new ProtocolSeries(Committee) { Protocols = [.. protocols] }.WithDelegatedDecision(decision);

    private static readonly DelegatedDecision Urgent = new("Ordföranden", D(2024, 2, 27), "Yttrande till förvaltningsrätten")
    {
        Basis = DelegationBasis.Urgent,
    };

    [Fact]
    public void UrgentDecision_ReportedAtTheNextMeeting_IsClean_ReportedLaterOrNotAtAll_IsAnError()
    {
        var march = Meeting(D(2024, 3, 18));
        var april = Meeting(D(2024, 4, 22));

        Assert.Empty(Run(Series(Urgent with { ReportedAt = D(2024, 3, 18) }, march, april), D(2024, 6, 1)).Findings);

        var late = Assert.Single(Run(Series(Urgent with { ReportedAt = D(2024, 4, 22) }, march, april), D(2024, 6, 1)).Findings);
        Assert.Equal("KL-6-40-BRADSKANDE-EJ-ANMALT", late.RuleId);
        Assert.Equal(Severity.Error, late.Severity);
        Assert.Equal("$.delegatedDecisions[0]", late.Path);
        Assert.Equal("Det brådskande beslutet 2024-02-27 i ärendet Yttrande till förvaltningsrätten anmäldes inte vid nästa sammanträde 2024-03-18.", late.Message.Swedish);

        Assert.Equal("KL-6-40-BRADSKANDE-EJ-ANMALT", Assert.Single(Run(Series(Urgent, march), D(2024, 6, 1)).Findings).RuleId);
        // the nämnd cannot exempt an urgent decision from being reported
        Assert.Single(Run(Series(Urgent with { NotReported = true, Notice = new Notice(D(2024, 3, 1)) }, march), D(2024, 6, 1)).Findings);
        // no later meeting recorded yet: nothing to judge
        Assert.Empty(Run(Series(Urgent, Meeting(D(2024, 2, 12))), D(2024, 6, 1)).Findings);
    }

    [Fact]
    public void NonDelegableMatter_DelegatedToAnEmployee_IsAnError_ButNotAnUrgentDecisionOfTheChair()
    {
        var guidelines = new DelegatedDecision("Förvaltningschefen", D(2024, 3, 4), "Riktlinjer för ekonomiskt bistånd")
        {
            Basis = DelegationBasis.Employee,
            MatterKind = DelegatedMatterKind.GoalsOrDirection,
            ReportedAt = D(2024, 3, 18),
        };
        var finding = Assert.Single(Run(Series(guidelines, Meeting(D(2024, 3, 18))), D(2024, 6, 1)).Findings);
        Assert.Equal("KL-6-38-EJ-DELEGERBART", finding.RuleId);
        Assert.Equal(
            "Förvaltningschefen beslutade 2024-03-04 i ärendet Riktlinjer för ekonomiskt bistånd på delegation, men ärendet gäller verksamhetens mål, inriktning, omfattning eller kvalitet och får inte delegeras.",
            finding.Message.Swedish);

        Assert.Empty(Run(Series(guidelines with { MatterKind = DelegatedMatterKind.Delegable }, Meeting(D(2024, 3, 18))), D(2024, 6, 1)).Findings);
        var urgentStatement = Urgent with { MatterKind = DelegatedMatterKind.StatementToCouncil, ReportedAt = D(2024, 3, 18) };
        Assert.Empty(Run(Series(urgentStatement, Meeting(D(2024, 3, 18))), D(2024, 6, 1)).Findings);
    }

    [Fact]
    public void DecisionNotReported_AppealableWithoutNotice_IsAWarning_WithItsNoticeItGetsAnAppealClock()
    {
        var closing = new DelegatedDecision("Socialsekreterare", D(2024, 3, 26), "Avskrivning av ärende om bostadsanpassning")
        {
            Basis = DelegationBasis.Employee,
            NotReported = true,
        };
        var warning = Assert.Single(Run(Series(closing), D(2024, 6, 1)).Findings);
        Assert.Equal("KL-8-10-DELEGATIONSBESLUT-ANSLAG-SAKNAS", warning.RuleId);
        Assert.Equal(Severity.Warning, warning.Severity);

        // purely executive: not appealable (KL 13 kap. 2 § 2), so no notice and no clock
        var executive = Run(Series(closing with { Nature = DecisionNature.Executive }), D(2024, 6, 1));
        Assert.Empty(executive.Findings);
        Assert.Empty(executive.Query<AppealPeriodEnd>());

        // posted Thursday 2024-03-28: three weeks end Thursday 2024-04-18; final from 2024-04-19
        var announced = Run(Series(closing with { Notice = new Notice(D(2024, 3, 28), D(2024, 4, 19)) }), D(2024, 6, 1));
        Assert.Empty(announced.Findings);
        Assert.Equal(D(2024, 4, 18), Assert.Single(announced.Query<AppealPeriodEnd>()).Deadline.Date);
        Assert.Equal(new LegallyFinalFrom("$.delegatedDecisions[0]", D(2024, 4, 19), "$.delegatedDecisions[0].notice"), Assert.Single(announced.Query<LegallyFinalFrom>()));

        // its own notice taken down on the last appeal day: the period has not run out
        var early = Run(Series(closing with { Notice = new Notice(D(2024, 3, 28), D(2024, 4, 18)) }), D(2024, 6, 1));
        Assert.Equal("KL-8-12-ANSLAG-NEDTAGET-TIDIGT", Assert.Single(early.Findings).RuleId);
        Assert.Empty(early.Query<LegallyFinalFrom>());
    }

    [Fact]
    public void ReportedDecision_ItsAppealClockRunsFromTheNoticeOfTheReportingMeetingsProtocol()
    {
        var march = Meeting(D(2024, 3, 18));
        var decision = new DelegatedDecision("Enhetschef", D(2024, 3, 1), "Bistånd i form av kontaktfamilj") { ReportedAt = D(2024, 3, 18) };
        var session = Run(Series(decision, Meeting(D(2024, 2, 12)), march), D(2024, 6, 1));

        var end = Assert.Single(session.Query<AppealPeriodEnd>());
        Assert.Equal("$.delegatedDecisions[0]", end.ChainId);
        Assert.Equal("$.protocols[1].notice", end.Path);
        Assert.Equal(ProcedureDeadlines.AppealPeriod(march.Notice!.Posted), end.Deadline);

        // reported at a meeting the series does not hold: no clock can be computed
        Assert.Empty(Run(Series(decision), D(2024, 6, 1)).Query<AppealPeriodEnd>());
    }

    [Fact]
    public void ExampleSeries_ValidatesWithTheDefaultRules_AndRoundTripsThroughJson()
    {
        var series = SeedCatalogue.ExampleProtocolSeries;
        var report = TrygghetValidator.Default.Validate(series, D(2024, 6, 28));
        Assert.Equal(
            ["KL-6-38-EJ-DELEGERBART", "KL-6-40-BRADSKANDE-EJ-ANMALT", "KL-8-10-DELEGATIONSBESLUT-ANSLAG-SAKNAS"],
            report.Findings.Select(f => f.RuleId).Order(StringComparer.Ordinal));
        Assert.False(report.IsCompliant);

        var json = TrygghetJson.Serialize(series);
        Assert.Contains("\"protocolSeries\"", json, StringComparison.Ordinal);
        Assert.Equal(series, TrygghetJson.Deserialize(json).Value);
    }

    [Fact]
    public void DelegatedDecision_ReportedBeforeItWasTaken_IsRefusedInBothLanguages_AndTheReaderSaysWhere()
    {
        var thrown = Assert.Throws<ArgumentOutOfRangeException>(() => Urgent with { ReportedAt = D(2024, 2, 26) });
        Assert.Equal("ReportedAt", thrown.ParamName);
        Assert.Contains("före beslutsdagen", DomainGuards.SwedishMessage(thrown), StringComparison.Ordinal);

        var json = Regex.Replace(
            TrygghetJson.Serialize(Series(Urgent with { ReportedAt = D(2024, 3, 18) }, Meeting(D(2024, 3, 18)))),
            "(\"reportedAt\":\\s*)\"2024-03-18\"",
            "$1\"2024-02-01\"");
        var read = TrygghetJson.Deserialize(json);
        Assert.False(read.IsSuccess);
        Assert.Contains("delegatedDecisions[0]", read.Error!.Path, StringComparison.Ordinal);
    }

    [Fact]
    public void Series_RefusesAnotherBodysProtocol()
    {
        var other = new Protocol(new Meeting(new Body("Kommunstyrelsen", BodyKind.ExecutiveBoard), D(2024, 3, 18)), []);
        var thrown = Assert.Throws<ArgumentException>(() => new ProtocolSeries(Committee).WithProtocol(other));
        Assert.Contains("hör inte till", DomainGuards.SwedishMessage(thrown), StringComparison.Ordinal);
    }
}
