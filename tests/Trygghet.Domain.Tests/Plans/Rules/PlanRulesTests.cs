using Trygghet.Domain.Common;
using Trygghet.Domain.Plans;
using Trygghet.Domain.Plans.Facts;
using Trygghet.Domain.Plans.Rules;
using Trygghet.Domain.Tests.Rules;

namespace Trygghet.Domain.Tests.Plans.Rules;

public sealed class PlanRulesTests
{
    private static readonly DateRange Span = new(new DateOnly(2020, 1, 1), new DateOnly(2022, 12, 31));

    // Declares every structure commitment, so that every structure rule applies.
    private static readonly PlanCommitments Everything =
        PlanCommitmentsTests.Declaring.Values.Aggregate(PlanCommitments.None, (c, declare) => declare(c));

    private static ActionProgramme Plan(params Indicator[] indicators) => new("Testplan", "Testkommun")
    {
        Span = Span,
        Commitments = Everything,
        FocusAreas = [new FocusArea(1, "Område") { SubGoals = [new SubGoal(1, "Delmål") { Indicators = [.. indicators] }] }],
    };

    private static PlanActivity Timed(string owner = "Socialkontoret") =>
        new("Insats") { Period = new DateRange(new DateOnly(2020, 3, 1), new DateOnly(2020, 6, 30)), Owner = owner };

    private static string[] Run(ActionProgramme plan, DateOnly asOf) =>
        RuleHarness.Lines(RuleHarness.Run(ActionProgrammeDocument.Descriptor.Rules, PlanFacts.From(plan), asOf))
            .Where(l => !l.StartsWith("RULE-NO-VERSION", StringComparison.Ordinal)).ToArray();

    [Fact]
    public void CompletePlan_FollowedUpEveryYear_HasNoFindings()
    {
        var indicator = new Indicator("Tryggheten ökar")
        {
            FollowUps = [new FollowUpMethod("Årlig mätning", FollowUpCadence.Annual) { Recorded = [new(2020, 11, 1), new(2021, 11, 1)] }],
            Activities = [Timed()],
        };
        Assert.Empty(Run(Plan(indicator), new DateOnly(2022, 6, 30)));
    }

    [Fact]
    public void SubGoalWithoutIndicator_IsReported()
    {
        var plan = Plan() with { FocusAreas = [new FocusArea(1, "Område") { SubGoals = [new SubGoal(4, "Tomt delmål")] }] };
        Assert.Contains("PLAN-DELMAL-UTAN-INDIKATOR $.focusAreas[0].subGoals[0]", Run(plan, new DateOnly(2020, 1, 1)));
    }

    [Fact]
    public void IndicatorWithoutFollowUp_IsReported()
    {
        var lines = Run(Plan(new Indicator("Något ökar") { Activities = [Timed()] }), new DateOnly(2020, 1, 1));
        Assert.Equal(["PLAN-INDIKATOR-UTAN-UPPFOLJNING $.focusAreas[0].subGoals[0].indicators[0]"], lines);
    }

    [Theory]
    [InlineData(FollowUpCadence.Continuous)]
    [InlineData(FollowUpCadence.Recurring)]
    public void NonPeriodicButStatedCadence_IsNeitherMissingNorMissed(FollowUpCadence cadence)
    {
        var indicator = new Indicator("Något ökar") { FollowUps = [new FollowUpMethod("Löpande", cadence)], Activities = [Timed()] };
        Assert.Empty(Run(Plan(indicator), new DateOnly(2025, 1, 1)));
    }

    [Fact]
    public void ActivityOutsideSpan_IsReportedWithItsPeriodAndTheSpan()
    {
        var late = new PlanActivity("Sen insats") { Owner = "KLK", Period = new DateRange(new DateOnly(2022, 6, 1), new DateOnly(2023, 5, 31)) };
        var indicator = new Indicator("Något ökar") { FollowUps = [new FollowUpMethod("Löpande", FollowUpCadence.Continuous)], Activities = [late] };
        var findings = RuleHarness.Run(ActionProgrammeDocument.Descriptor.Rules, PlanFacts.From(Plan(indicator)), new DateOnly(2020, 1, 1));
        var finding = Assert.Single(findings, f => f.RuleId == "PLAN-INSATS-UTANFOR-PLANPERIOD");
        Assert.Equal("$.focusAreas[0].subGoals[0].indicators[0].activities[0].period", finding.Path);
        Assert.Equal("Insatsen \"Sen insats\" (2022-06-01..2023-05-31) ligger utanför planperioden 2020-01-01..2022-12-31.", finding.Message.Swedish);
    }

    [Fact]
    public void ActivityWithPeriodInPlanWithoutSpan_IsNotReportedAsOutside()
    {
        var plan = Plan(new Indicator("x") { FollowUps = [new FollowUpMethod("Löpande", FollowUpCadence.Continuous)], Activities = [Timed()] }) with { Span = null };
        Assert.Empty(Run(plan, new DateOnly(2030, 1, 1)));
    }

    [Fact]
    public void QuarterlyFollowUp_MissedQuartersAreReportedOncePerQuarter()
    {
        var indicator = new Indicator("x")
        {
            FollowUps = [new FollowUpMethod("Kvartalsrapport", FollowUpCadence.Quarterly) { Recorded = [new(2020, 2, 1)] }],
            Activities = [Timed()],
        };

        // As of 2020-10-01: Q1 met, Q2 and Q3 missed, Q4 running.
        Assert.Equal(2, Run(Plan(indicator), new DateOnly(2020, 10, 1)).Count(l => l.StartsWith("PLAN-UPPFOLJNING-MISSAD", StringComparison.Ordinal)));
    }

    [Fact]
    public void StatutoryPlan_NotFollowedUpWithinTwoYearsOfAdoption_IsReportedFromTheLaw()
    {
        var plan = Plan(new Indicator("x") { FollowUps = [new FollowUpMethod("Löpande", FollowUpCadence.Continuous)], Activities = [Timed()] }) with
        {
            Span = new DateRange(new DateOnly(2024, 1, 1), new DateOnly(2027, 12, 31)),
            IsStatutoryCrimePreventionPlan = true,
            AdoptedOn = new DateOnly(2024, 2, 15),
        };
        plan = plan with
        {
            FocusAreas = [plan.FocusAreas[0] with
            {
                SubGoals = [plan.FocusAreas[0].SubGoals[0] with
                {
                    Indicators = [plan.FocusAreas[0].SubGoals[0].Indicators[0] with
                    {
                        Activities = [new PlanActivity("a") { Owner = "KLK", Period = new DateRange(new DateOnly(2024, 3, 1), new DateOnly(2024, 6, 1)) }],
                    }],
                }],
            }],
        };

        var onTime = RuleHarness.Run(ActionProgrammeDocument.Descriptor.Rules, PlanFacts.From(plan), new DateOnly(2026, 2, 15));
        Assert.Empty(onTime);
        var late = RuleHarness.Run(ActionProgrammeDocument.Descriptor.Rules, PlanFacts.From(plan), new DateOnly(2026, 2, 16));
        var finding = Assert.Single(late);
        Assert.Equal("BFL-6-ATGARDSPLAN-UPPFOLJNING", finding.RuleId);
        Assert.Equal("$.planFollowUps", finding.Path);
        Assert.Equal("Åtgärdsplanen skulle ha följts upp senast 2026-02-15 (skyldigheten gäller från 2024-02-15).", finding.Message.Swedish);
        Assert.Equal(new DateOnly(2023, 7, 1), finding.Basis.InForceFrom);

        var followedUp = plan with { PlanFollowUps = [new DateOnly(2025, 12, 1)] };
        Assert.Empty(RuleHarness.Run(ActionProgrammeDocument.Descriptor.Rules, PlanFacts.From(followedUp), new DateOnly(2027, 11, 30)));
        Assert.Single(RuleHarness.Run(ActionProgrammeDocument.Descriptor.Rules, PlanFacts.From(followedUp), new DateOnly(2027, 12, 2)));
    }

    [Fact]
    public void StatutoryDuty_StartsNoEarlierThanTheAct()
    {
        var plan = new ActionProgramme("p", "k") { IsStatutoryCrimePreventionPlan = true, AdoptedOn = new DateOnly(2021, 5, 1) };
        var fact = Assert.Single(PlanFacts.From(plan).OfType<StatutoryPlanFact>());
        Assert.Equal(new DateOnly(2023, 7, 1), fact.DutyFrom);
    }

    [Fact]
    public void EveryPlanRule_HasAUniqueIdAndSharesPlaceholdersBetweenLanguages()
    {
        Assert.Equal(ActionProgrammeDocument.Descriptor.Rules.Length, ActionProgrammeDocument.Descriptor.Rules.Select(r => r.Metadata.Id).Distinct().Count());
        foreach (var rule in ActionProgrammeDocument.Descriptor.Rules)
        {
            Assert.Equal(Placeholders(rule.Metadata.Message.Swedish), Placeholders(rule.Metadata.Message.English));
        }
    }

    internal static string[] Placeholders(string template) =>
        [.. System.Text.RegularExpressions.Regex.Matches(template, "\\{([a-zA-Z]+)\\}").Select(m => m.Groups[1].Value).Order(StringComparer.Ordinal)];
}
