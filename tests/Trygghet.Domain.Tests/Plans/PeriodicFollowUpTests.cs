using Trygghet.Domain.CrimePreventionDuty;
using Trygghet.Domain.Common;
using Trygghet.Domain.Plans;

namespace Trygghet.Domain.Tests.Plans;

public sealed class PeriodicFollowUpTests
{
    private static readonly DateRange BroSpan = new(new DateOnly(2020, 1, 1), new DateOnly(2025, 12, 31));

    [Fact]
    public void Periods_AnnualOverTheBroSpan_AreSixCalendarYears() =>
        Assert.Equal(
            [2020, 2021, 2022, 2023, 2024, 2025],
            PeriodicFollowUp.Periods(FollowUpCadence.Annual, BroSpan).Select(p => p.End.Year));

    [Fact]
    public void Periods_Biennial_CountFromTheSpanStartAndClipTheLast() =>
        Assert.Equal(
            ["2020-03-01..2022-02-28", "2022-03-01..2024-02-29", "2024-03-01..2024-12-31"],
            PeriodicFollowUp.Periods(FollowUpCadence.Biennial, new DateRange(new DateOnly(2020, 3, 1), new DateOnly(2024, 12, 31))).Select(p => p.ToString()));

    [Theory]
    [InlineData(FollowUpCadence.NotStated)]
    [InlineData(FollowUpCadence.Continuous)]
    [InlineData(FollowUpCadence.Recurring)]
    public void Periods_NonPeriodicCadence_AreNone(FollowUpCadence cadence) =>
        Assert.Empty(PeriodicFollowUp.Periods(cadence, BroSpan));

    [Fact]
    public void Evaluate_AsOfMidYear_GivesMetMissedDueAndUpcoming()
    {
        var statuses = PeriodicFollowUp.Evaluate(FollowUpCadence.Annual, BroSpan, [new DateOnly(2020, 12, 31)], new DateOnly(2022, 6, 30));
        Assert.Equal(
            [DutyStatus.Met, DutyStatus.Missed, DutyStatus.Due, DutyStatus.Upcoming, DutyStatus.Upcoming, DutyStatus.Upcoming],
            statuses.Select(s => s.Status));
        Assert.Equal(new DateOnly(2020, 12, 31), statuses[0].MetOn);
        Assert.Equal(new DateOnly(2021, 12, 31), statuses[1].DueDate);
    }

    [Fact]
    public void Evaluate_RecordAfterTheAsOfDate_IsNotYetKnown()
    {
        var statuses = PeriodicFollowUp.Evaluate(FollowUpCadence.Annual, BroSpan, [new DateOnly(2022, 3, 1)], new DateOnly(2022, 2, 1));
        Assert.Equal(DutyStatus.Due, statuses[2].Status);
    }

    [Fact]
    public void PlanFollowUps_LateFollowUp_LapsesAtTheFirstDeadline()
    {
        var lapses = CrimePreventionAct.PlanFollowUps(new DateOnly(2023, 7, 1), [new DateOnly(2025, 7, 2)], new DateOnly(2026, 1, 1));
        Assert.Equal(new DateOnly(2025, 7, 1), lapses[0].Deadline);
    }

    [Fact]
    public void PlanFollowUps_OnTime_RestartsTheClock()
    {
        Assert.Empty(CrimePreventionAct.PlanFollowUps(new DateOnly(2023, 7, 1), [new DateOnly(2025, 6, 1)], new DateOnly(2026, 1, 1)));
        var open = Assert.Single(CrimePreventionAct.PlanFollowUps(new DateOnly(2023, 7, 1), [new DateOnly(2025, 6, 1)], new DateOnly(2027, 6, 2)));
        Assert.Equal((new DateOnly(2027, 6, 1), (DateOnly?)null), (open.Deadline, open.DoneOn));
    }

    [Fact]
    public void ActivityTiming_Classifies()
    {
        var inside = new DateRange(new DateOnly(2021, 1, 1), new DateOnly(2021, 6, 30));
        Assert.Equal(ActivityTimingStatus.NoPeriod, ActivityTiming.Evaluate(null, BroSpan));
        Assert.Equal(ActivityTimingStatus.NoPlanSpan, ActivityTiming.Evaluate(inside, null));
        Assert.Equal(ActivityTimingStatus.InsideSpan, ActivityTiming.Evaluate(inside, BroSpan));
        Assert.Equal(ActivityTimingStatus.OutsideSpan, ActivityTiming.Evaluate(new DateRange(new DateOnly(2019, 12, 31), new DateOnly(2020, 1, 5)), BroSpan));
    }
}
