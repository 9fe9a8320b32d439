using Trygghet.Domain.Procedure;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Samples;
using Trygghet.Domain.Validation;
using Trygghet.Domain.Rules.Runtime;

namespace Trygghet.Domain.Tests.Validation;

public sealed class DeadlineCalculatorTests
{
    private static readonly DateOnly Meeting = new(2020, 11, 20);
    private static readonly DateOnly OnTime = new(2020, 11, 25);

    private static DeadlineReport Calculate(DateOnly? attested = null, DateOnly? posted = null, DateOnly? removed = null, DateOnly? asOf = null) =>
        DeadlineCalculator.Default.Calculate(Meeting, attested, posted, removed, BodyKind.SubCommittee, asOf);

    [Fact]
    public void Calculate_SeedMeetingInTime_GivesTheChainAndNoFindings()
    {
        var report = Calculate(OnTime, OnTime, new DateOnly(2020, 12, 17));

        Assert.Empty(report.Findings);
        Assert.True(report.IsCompliant);
        Assert.Equal(new DateOnly(2020, 12, 4), report.Chain.AttestationDeadline.Date);
        Assert.Equal(new DateOnly(2020, 12, 16), report.Chain.AppealPeriodEnds.Date);
        Assert.Equal(new DateOnly(2020, 12, 17), report.Chain.LegallyFinalFrom);
        Assert.Equal(ProcedureDeadlines.Compute(Meeting, OnTime, OnTime, new DateOnly(2020, 12, 17), BodyKind.SubCommittee), report.Chain);
        Assert.Equal(Meeting, report.EvaluationDate);
    }

    [Fact]
    public void Calculate_AttestedLate_ReportsTheRuleFindingWithNameBasisAndPath()
    {
        var report = Calculate(new DateOnly(2020, 12, 7));

        var finding = Assert.Single(report.Findings);
        Assert.Equal("KL-5-69-JUSTERING-SEN", finding.RuleId);
        Assert.Equal("Justering för sent", finding.RuleName.Swedish);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal("$.attestation.date", finding.Path);
        Assert.Equal("Protokollet justerades 2020-12-07, senast var 2020-12-04.", finding.Message.Swedish);
        Assert.StartsWith("Kommunallagen (2017:725)", finding.Basis.Swedish, StringComparison.Ordinal);
        Assert.False(report.IsCompliant);
    }

    [Fact]
    public void Calculate_PostedLate_ReportsTheNoticeRule()
    {
        var report = Calculate(OnTime, new DateOnly(2020, 11, 30));

        Assert.Equal("KL-8-12-ANSLAG-SEN", Assert.Single(report.Findings).RuleId);
    }

    [Fact]
    public void Calculate_RemovedBeforeTheAppealPeriodEnds_ReportsAndHasNoFinalDay()
    {
        var report = Calculate(OnTime, OnTime, new DateOnly(2020, 12, 15));

        Assert.Equal("KL-8-12-ANSLAG-NEDTAGET-TIDIGT", Assert.Single(report.Findings).RuleId);
        Assert.Null(report.Chain.LegallyFinalFrom);
    }

    [Fact]
    public void Calculate_NothingRecordedAsOfAfterTheDeadlines_ReportsMissingAttestation()
    {
        var report = Calculate(asOf: new DateOnly(2021, 1, 31));

        Assert.Equal("KL-5-69-JUSTERING-SAKNAS", Assert.Single(report.Findings).RuleId);
        Assert.Equal(new DateOnly(2021, 1, 31), report.AsOf);
    }

    [Fact]
    public void Calculate_AttestedButNotPostedAsOfLater_ReportsMissingNotice()
    {
        var report = Calculate(OnTime, asOf: new DateOnly(2020, 12, 1));

        Assert.Equal("KL-8-12-ANSLAG-SAKNAS", Assert.Single(report.Findings).RuleId);
    }

    [Fact]
    public void Calculate_WithoutAsOf_IsAPlanAndReportsNothingMissing()
    {
        var report = Calculate();

        Assert.Empty(report.Findings);
        Assert.Equal(Meeting, report.AsOf);
        Assert.True(report.Chain.IsProjected);
    }

    [Fact]
    public void Calculate_MeetingBefore2018_ReportsNoVersionInsteadOfApplyingKommunallagen()
    {
        var report = DeadlineCalculator.Default.Calculate(new DateOnly(2017, 6, 1), new DateOnly(2017, 8, 1), new DateOnly(2017, 9, 1));

        Assert.All(report.Findings, f => Assert.Equal(EngineFindings.NoVersionInForce.Id, f.RuleId));
        Assert.Equal(report.Findings.Count, report.Findings.Select(f => f.Message.English).Distinct().Count());
        Assert.Contains(report.Findings, f => f.Message.English == "No version of rule KL-5-69-JUSTERING-SEN is in force on 2017-06-01.");
        Assert.True(report.IsCompliant);
    }

    [Fact]
    public void Calculate_AgreesWithTheValidatorOnTheUnattestedSeedExtract()
    {
        var protocol = Procedure.Rules.ProcedureFixtures.UnattestedProtocol;
        var asOf = new DateOnly(2019, 12, 31);
        var validated = TrygghetValidator.Default.Validate(protocol, asOf).Findings.Where(f => DeadlineCalculator.RuleIds.Contains(f.RuleId));

        var calculated = DeadlineCalculator.Default.Calculate(protocol.Meeting.Date, body: protocol.Meeting.Body.Kind, asOf: asOf).Findings;

        Assert.Equal(validated, calculated);
        Assert.NotEmpty(calculated);
    }

    [Fact]
    public void Calculate_AttestedBeforeTheMeeting_ThrowsNamingAttested()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Calculate(new DateOnly(2020, 11, 19)));
        Assert.Equal("attested", e.ParamName);
    }

    [Fact]
    public void Calculate_PostedBeforeTheAttestation_ThrowsNamingPosted()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Calculate(OnTime, OnTime.AddDays(-1)));
        Assert.Equal("posted", e.ParamName);
    }

    [Fact]
    public void Calculate_RemovedBeforePosted_ThrowsNamingRemoved()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Calculate(OnTime, OnTime, OnTime.AddDays(-1)));
        Assert.Equal("removed", e.ParamName);
    }

    [Fact]
    public void Calculate_RemovedWithoutPosting_ThrowsNamingRemoved()
    {
        var e = Assert.Throws<ArgumentException>(() => Calculate(OnTime, removed: new DateOnly(2020, 12, 20)));
        Assert.Equal("removed", e.ParamName);
    }

    [Fact]
    public void Calculate_MeetingOutsideTheCalendar_ThrowsNamingMeeting()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => DeadlineCalculator.Default.Calculate(new DateOnly(1899, 12, 1)));
        Assert.Equal("meeting", e.ParamName);
    }

    [Fact]
    public void Calculate_RecordedDayInTheCalendarsLastYear_ThrowsNamingIt()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => DeadlineCalculator.Default.Calculate(new DateOnly(2199, 12, 20), new DateOnly(2200, 1, 2)));
        Assert.Equal("attested", e.ParamName);
    }

    [Fact]
    public void Options_DisabledRule_IsNotReported()
    {
        var calculator = new DeadlineCalculator(TrygghetValidatorOptions.Default.Disable("KL-5-69-JUSTERING-SEN"));

        Assert.Empty(calculator.Calculate(Meeting, new DateOnly(2020, 12, 7)).Findings);
    }

    [Fact]
    public void Options_SeverityOverride_MakesTheLateAttestationAWarning()
    {
        var calculator = new DeadlineCalculator(TrygghetValidatorOptions.Default.WithSeverity("KL-5-69-JUSTERING-SEN", Severity.Warning));

        var report = calculator.Calculate(Meeting, new DateOnly(2020, 12, 7));

        Assert.Equal(Severity.Warning, Assert.Single(report.Findings).Severity);
        Assert.True(report.IsCompliant);
    }

    [Fact]
    public void Options_ConfigurationOfADefaultRuleOutsideTheChain_IsAllowedButAnUnknownIdIsNot()
    {
        var quorumOff = new DeadlineCalculator(TrygghetValidatorOptions.Default.Disable("KL-6-27-BESLUTSFORHET"));

        Assert.Empty(quorumOff.Calculate(Meeting, OnTime, OnTime).Findings);
        Assert.Throws<InvalidOperationException>(() => new DeadlineCalculator(TrygghetValidatorOptions.Default.Disable("NO-SUCH-RULE")));
    }

    [Fact]
    public void RemovalOnTheLastAppealDay_IsReportedAndWithholdsFinality_UnlessTheBoardRemovesAtEndOfDay()
    {
        var lastDay = new DateOnly(2020, 12, 16);
        var endOfDay = new ProcedureSettings { NoticeRemoval = NoticeRemovalPolicy.AtEndOfRecordedDay };

        var strict = Calculate(OnTime, OnTime, lastDay);
        var byParameter = DeadlineCalculator.Default.Calculate(Meeting, OnTime, OnTime, lastDay, settings: endOfDay);
        var byOptions = new DeadlineCalculator(TrygghetValidatorOptions.Default.WithSettings(endOfDay)).Calculate(Meeting, OnTime, OnTime, lastDay);

        Assert.Equal("KL-8-12-ANSLAG-NEDTAGET-TIDIGT", Assert.Single(strict.Findings).RuleId);
        Assert.Null(strict.Chain.LegallyFinalFrom);
        Assert.Equal(lastDay.AddDays(1), strict.Chain.EarliestRemoval);
        Assert.Empty(byParameter.Findings);
        Assert.Equal(lastDay.AddDays(1), byParameter.Chain.LegallyFinalFrom);
        Assert.Equal(byParameter, byOptions);
        Assert.Equal(lastDay, byParameter.Chain.EarliestRemoval);
    }

    [Fact]
    public void Settings_NotMovingDeadlines_JudgesByTheCalendarDay()
    {
        // 2020-11-21 + 14 = Saturday 2020-12-05; attesting on Monday is late only without Lag (1930:173)
        var settings = new ProcedureSettings { MoveDeadlinesToWorkingDay = false };
        var monday = new DateOnly(2020, 12, 7);

        var moved = DeadlineCalculator.Default.Calculate(new DateOnly(2020, 11, 21), monday);
        var plain = DeadlineCalculator.Default.Calculate(new DateOnly(2020, 11, 21), monday, settings: settings);

        Assert.Empty(moved.Findings);
        Assert.True(moved.Chain.AttestationDeadline.IsMoved);
        Assert.Equal("KL-5-69-JUSTERING-SEN", Assert.Single(plain.Findings).RuleId);
    }

    [Fact]
    public void Rules_AreExactlyTheChainRules()
    {
        Assert.Equal(DeadlineCalculator.RuleIds.Order(StringComparer.Ordinal), DeadlineCalculator.Default.Rules.Select(r => r.Id).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
        Assert.All(DeadlineCalculator.RuleIds, id => Assert.Contains(DefaultRules.All, r => r.Metadata.Id == id));
    }
}
