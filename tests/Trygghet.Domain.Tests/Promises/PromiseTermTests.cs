using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using Trygghet.Domain.Common;
using Trygghet.Domain.Promises;
using Trygghet.Domain.Tests.Properties;

namespace Trygghet.Domain.Tests.Promises;

/// <summary>"Per termin": how the year divides into terms is a setting; a partial first term is not a full one.</summary>
public sealed class PromiseTermTests
{
    private static readonly PromiseCommitment FourPerTerm = new("tematraffar", "Minst fyra tematräffar per termin") { Quota = new Quota(4, QuotaPeriod.Term) };

    private static ImmutableArray<CommitmentPeriodStatus> Evaluate(DateRange validity, PromiseSettings settings, params ActivityRecord[] activities) =>
        CommitmentEvaluator.EvaluateCommitment(0, FourPerTerm, validity, activities, validity.End.AddDays(1), settings);

    [Fact]
    public void ByDefault_TheTermsAreTheCalendarHalfYears()
    {
        var periods = Evaluate(new DateRange(new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31)), new PromiseSettings());

        Assert.Equal(
            [new DateRange(new DateOnly(2024, 1, 1), new DateOnly(2024, 6, 30)), new DateRange(new DateOnly(2024, 7, 1), new DateOnly(2024, 12, 31))],
            periods.Select(p => p.Period));
    }

    [Fact]
    public void AnAutumnTermFromAugust_CountsAJulyActivityInTheSpringTerm()
    {
        var year = new DateRange(new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31));
        var july = Enumerable.Range(0, 4).Select(_ => new ActivityRecord(new DateOnly(2024, 7, 15), "tematraffar")).ToArray();

        var halfYears = Evaluate(year, new PromiseSettings(), july);
        var schoolTerms = Evaluate(year, new PromiseSettings { AutumnTermStartMonth = 8 }, july);

        Assert.Equal([DutyStatus.Missed, DutyStatus.Met], halfYears.Select(p => p.Status));
        Assert.Equal([DutyStatus.Met, DutyStatus.Missed], schoolTerms.Select(p => p.Status));
        Assert.Equal(new DateRange(new DateOnly(2024, 8, 1), new DateOnly(2024, 12, 31)), schoolTerms[1].Period);
    }

    [Fact]
    public void APartialFirstTerm_IsNotCountedAsAFullOne()
    {
        var periods = Evaluate(new DateRange(new DateOnly(2024, 5, 1), new DateOnly(2024, 12, 31)), new PromiseSettings());

        var first = periods[0];
        Assert.True(first.IsPartial);
        Assert.Equal(new DateRange(new DateOnly(2024, 1, 1), new DateOnly(2024, 6, 30)), first.FullPeriod);
        Assert.InRange(first.Required, 1, 3);
        Assert.Equal(4, periods[1].Required);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(13)]
    public void AnAutumnTermStartOutsideFebruaryToDecember_IsRefusedNamingTheSetting(int month)
    {
        var refused = Assert.Throws<ArgumentOutOfRangeException>(() => new PromiseSettings { AutumnTermStartMonth = month });
        Assert.Equal(nameof(PromiseSettings.AutumnTermStartMonth), refused.ParamName);
    }

    /// <summary>Law: whatever month the autumn term starts, the terms cover every day of the validity exactly once.</summary>
    [DomainProperty]
    public Property Terms_CoverTheValidityExactlyOnce() =>
        Prop.ForAll(DomainGenerators.Ranges, Arb.From(Gen.Choose(2, 12)), (validity, month) =>
        {
            var periods = Evaluate(validity, new PromiseSettings { AutumnTermStartMonth = month }).Select(p => p.Period).ToList();
            var days = periods.Sum(p => (long)p.LengthInDays);
            var adjacent = periods.Zip(periods.Skip(1)).All(pair => pair.First.End.AddDays(1) == pair.Second.Start);
            return periods.Count > 0 && periods[0].Start == validity.Start && periods[^1].End == validity.End && adjacent && days == validity.LengthInDays;
        });
}
