using Trygghet.Domain.Agreements;
using Trygghet.Domain.Common;
using Trygghet.Domain.Samples;

namespace Trygghet.Domain.Tests.Agreements;

public sealed class FollowUpScheduleTests
{
    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    [Fact]
    public void Evaluate_Agreement2020_QuartersArePartialFirstThenFull_HalfTimeMetByAugustInterim()
    {
        var dues = FollowUpSchedule.Evaluate(SeedCatalogue.CooperationAgreement2020, D(2021, 1, 1));

        Assert.Equal(
            ["2020-02-01..2020-03-31", "2020-04-01..2020-06-30", "2020-07-01..2020-09-30", "2020-10-01..2020-12-31"],
            dues.Where(d => d.Kind == FollowUpKind.Quarterly).Select(d => d.Window.ToString()));
        var halfTime = Assert.Single(dues, d => d.Kind == FollowUpKind.HalfTime);
        Assert.Equal(new DateRange(D(2020, 5, 18), D(2020, 9, 15)), halfTime.Window);
        Assert.Equal((DutyStatus.Met, 0), (halfTime.Status, halfTime.RecordIndex));
        Assert.DoesNotContain(dues, d => d.Kind == FollowUpKind.Continuous);
    }

    [Fact]
    public void Evaluate_QuarterStillRunning_IsDueNotMissed()
    {
        var agreement = SeedCatalogue.CooperationAgreement2022 with { FollowUps = [] };

        var dues = FollowUpSchedule.Evaluate(agreement, D(2022, 3, 31));

        Assert.Equal(DutyStatus.Due, dues[0].Status);
        Assert.Equal(8, dues.Length);
    }

    [Fact]
    public void Evaluate_CheckInRecordedInQuarter_MetFromItsDateOn()
    {
        var agreement = (SeedCatalogue.CooperationAgreement2022 with { FollowUps = [] })
            .AddFollowUp(new FollowUpRecord(FollowUpKind.Quarterly, DateRange.SingleDay(D(2022, 3, 15)), "Avstämning samordnare/polis."));

        Assert.Equal(DutyStatus.Due, FollowUpSchedule.Evaluate(agreement, D(2022, 3, 14))[0].Status);
        Assert.Equal(DutyStatus.Met, FollowUpSchedule.Evaluate(agreement, D(2022, 3, 15))[0].Status);
    }

    [Fact]
    public void Windows_GraceDays_ExtendPeriodicWindows()
    {
        var windows = FollowUpSchedule.Windows(FollowUpKind.Yearly, DateRange.Year(2024), new AgreementSettings { PeriodicFollowUpGraceDays = 31 });

        Assert.Equal(new DateRange(D(2024, 1, 1), D(2025, 1, 31)), Assert.Single(windows));
    }

    [Theory]
    [InlineData(FollowUpKind.HalfTime, FollowUpKind.Interim, true)]
    [InlineData(FollowUpKind.HalfTime, FollowUpKind.SemiAnnual, true)]
    [InlineData(FollowUpKind.HalfTime, FollowUpKind.Yearly, false)]
    [InlineData(FollowUpKind.Quarterly, FollowUpKind.SemiAnnual, false)]
    [InlineData(FollowUpKind.Quarterly, FollowUpKind.Quarterly, true)]
    public void Satisfies_OnlyAcceptedKindsCount(FollowUpKind required, FollowUpKind done, bool expected) =>
        Assert.Equal(expected, FollowUpSchedule.Satisfies(required, done));
}
