using Trygghet.Domain.Common;
using Trygghet.Domain.Promises;
using Trygghet.Domain.Samples;

namespace Trygghet.Domain.Tests.Promises;

public sealed class CommitmentEvaluatorTests
{
    /// <summary>Not in the seeds (the decision date is not stated there); chosen to make the first periods partial.</summary>
    private static readonly CitizenPromise Promise = SeedCatalogue.CitizenPromise2022.WithDecision(new AdoptionDecision("Kommunstyrelsen", new DateOnly(2022, 10, 5)));

    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    [Fact]
    public void Evaluate_PromiseWithoutDecision_IsEmpty() =>
        Assert.Empty(CommitmentEvaluator.Evaluate(SeedCatalogue.CitizenPromise2022, D(2023, 6, 30)));

    [Fact]
    public void Evaluate_SchoolYear_FirstPeriodPartialFromDecision_SecondFull_JulyBelongsToNone()
    {
        var statuses = CommitmentEvaluator.Evaluate(Promise, D(2023, 8, 1)).Where(s => s.CommitmentId == "foraldraforelasning").ToList();

        Assert.Equal(2, statuses.Count);
        Assert.Equal(
            new CommitmentPeriodStatus(5, "foraldraforelasning", new DateRange(D(2022, 10, 5), D(2023, 6, 30)), new DateRange(D(2022, 8, 1), D(2023, 6, 30)), true, 1, 0, DutyStatus.Missed),
            statuses[0]);
        Assert.Equal((false, 1, DutyStatus.Due), (statuses[1].IsPartial, statuses[1].Required, statuses[1].Status));
        Assert.Equal(new DateRange(D(2023, 8, 1), D(2024, 6, 30)), statuses[1].Period);
    }

    [Fact]
    public void Evaluate_PerYear_PartialFirstYearProRataRoundedUp()
    {
        // 2022-10-05..2022-12-31 is 88 of 365 days: 6 × 88 / 365 = 1.45, rounded up to 2.
        var first = CommitmentEvaluator.Evaluate(Promise, D(2022, 12, 31)).Single(s => s.CommitmentId == "synlighetsinsatser");

        Assert.Equal((true, 2), (first.IsPartial, first.Required));
    }

    [Fact]
    public void Evaluate_TwoPerTerm_CountsActivitiesWithinThePeriodOnly()
    {
        var promise = Promise with
        {
            Activities =
            [
                new ActivityRecord(D(2022, 10, 4), "tematraffar"),
                new ActivityRecord(D(2022, 11, 10), "tematraffar"),
                new ActivityRecord(D(2023, 1, 12), "tematraffar", 2),
                new ActivityRecord(D(2023, 2, 1), "synlighetsinsatser"),
            ],
        };

        var statuses = CommitmentEvaluator.Evaluate(promise, D(2023, 3, 1)).Where(s => s.CommitmentId == "tematraffar").ToList();

        Assert.Equal([(1, 1, DutyStatus.Met), (2, 2, DutyStatus.Met)], statuses.Select(s => (s.Required, s.Counted, s.Status)));
    }

    [Fact]
    public void Evaluate_ActivityAfterAsOf_IsNotCounted()
    {
        var promise = Promise.AddActivity(new ActivityRecord(D(2022, 12, 1), "mobila-medborgardialoger"));

        Assert.Equal(0, CommitmentEvaluator.Evaluate(promise, D(2022, 11, 30)).Single(s => s.CommitmentId == "mobila-medborgardialoger").Counted);
        Assert.Equal(DutyStatus.Met, CommitmentEvaluator.Evaluate(promise, D(2022, 12, 1)).Single(s => s.CommitmentId == "mobila-medborgardialoger").Status);
    }

    [Fact]
    public void Evaluate_WholeValidity_OnePeriodNotPartial()
    {
        var status = CommitmentEvaluator.Evaluate(Promise, D(2024, 12, 31)).Single(s => s.CommitmentId == "narkotikainsatser");

        Assert.Equal((new DateRange(D(2022, 10, 5), D(2024, 12, 31)), false, 4), (status.Period, status.IsPartial, status.Required));
    }

    [Fact]
    public void Evaluate_QualitativeCommitments_AreNotCounted() =>
        Assert.DoesNotContain(CommitmentEvaluator.Evaluate(Promise, D(2024, 12, 31)), s => s.CommitmentId is "gvi" or "samhallstillit" or "seniorer-bedragerier");

    [Theory]
    [InlineData(2, 0, "2024-01-01", DutyStatus.Due)]
    [InlineData(2, 0, "2024-04-01", DutyStatus.AtRisk)]
    [InlineData(2, 1, "2024-04-01", DutyStatus.Due)]
    [InlineData(2, 1, "2024-06-30", DutyStatus.AtRisk)]
    [InlineData(2, 2, "2024-01-01", DutyStatus.Met)]
    [InlineData(2, 1, "2024-07-01", DutyStatus.Missed)]
    public void PacedDuty_Term2024(int required, int counted, string asOf, DutyStatus expected)
    {
        var duty = PeriodicDuty.Once(new DateRange(D(2024, 1, 1), D(2024, 6, 30))) with { Required = required, Paced = true };
        var done = new DutyOccurrence(DateRange.SingleDay(D(2024, 1, 1)), counted);
        Assert.Equal(expected, duty.Evaluate([done], DateOnly.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture)).Single().Status);
    }

    [Fact]
    public void RequiredIn_PartNotInPeriod_Throws() =>
        Assert.Throws<ArgumentException>(() => PeriodicDuty.RequiredIn(2, DateRange.Year(2024), new DateRange(D(2024, 1, 1), D(2024, 6, 30))));
}
