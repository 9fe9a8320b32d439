using Trygghet.Domain.CrimePreventionDuty;

namespace Trygghet.Domain.Tests.CrimePreventionDuty;

public sealed class CrimePreventionActTests
{
    private static readonly DateOnly Start = new(2024, 2, 29);

    [Fact]
    public void EveryTwoYears_FromALeapDay_LastDayInTimeIs28February()
    {
        Assert.Empty(CrimePreventionAct.EveryTwoYears(Start, [new DateOnly(2026, 2, 28)], new DateOnly(2026, 3, 1)));
        Assert.Equal<ClockLapse>(
            [new ClockLapse(Start, new DateOnly(2026, 2, 28), new DateOnly(2026, 3, 1))],
            CrimePreventionAct.EveryTwoYears(Start, [new DateOnly(2026, 3, 1)], new DateOnly(2026, 3, 1)));
    }

    [Fact]
    public void EveryTwoYears_NothingDone_OneOpenLapseOnceTheDeadlinePassed()
    {
        Assert.Empty(CrimePreventionAct.EveryTwoYears(Start, [], new DateOnly(2026, 2, 28)));
        Assert.Equal<ClockLapse>([new ClockLapse(Start, new DateOnly(2026, 2, 28), null)], CrimePreventionAct.EveryTwoYears(Start, [], new DateOnly(2026, 3, 1)));
    }

    [Fact]
    public void EveryTwoYears_DaysAfterTheDate_AreNotKnownYet() =>
        Assert.Equal<ClockLapse>(
            [new ClockLapse(Start, new DateOnly(2026, 2, 28), null)],
            CrimePreventionAct.EveryTwoYears(Start, [new DateOnly(2027, 1, 1)], new DateOnly(2026, 6, 1)));

    [Fact]
    public void EveryMonths_LessThanOneMonth_IsRefused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => CrimePreventionAct.EveryMonths(Start, 0, [], Start));

    [Theory]
    [InlineData("2024-06-30", "2024-07-01", PlanTimeliness.InTime)]
    [InlineData("2024-07-01", "2024-07-01", PlanTimeliness.InTime)]
    [InlineData("2024-07-02", "2024-07-02", PlanTimeliness.Late)]
    [InlineData("2024-07-02", "2024-07-01", PlanTimeliness.NotRecorded)]
    [InlineData("2024-06-30", "2024-06-30", PlanTimeliness.NotRequiredYet)]
    public void FirstPlan_AgainstTheTransitionDay(string decided, string asOf, PlanTimeliness expected) =>
        Assert.Equal(expected, CrimePreventionAct.FirstPlan([DateOnly.Parse(decided, System.Globalization.CultureInfo.InvariantCulture)], DateOnly.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture)));
}
