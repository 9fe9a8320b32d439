using Trygghet.Domain.Common;

namespace Trygghet.Domain.Tests.Common;

public sealed class DateRangeTests
{
    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    [Fact]
    public void Constructor_EndBeforeStart_ThrowsNamingEnd()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new DateRange(D(2023, 12, 31), D(2022, 1, 1)));
        Assert.Equal("end", ex.ParamName);
        Assert.Contains("2022-01-01", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GapTo_SeedAgreements_Leaves2021Uncovered()
    {
        var first = new DateRange(D(2020, 2, 1), D(2020, 12, 31));
        var second = new DateRange(D(2022, 1, 1), D(2023, 12, 31));
        Assert.Equal(DateRange.Year(2021), first.GapTo(second));
    }

    [Fact]
    public void Midpoint_TwoYearAgreement_IsNewYear2023() =>
        Assert.Equal(D(2023, 1, 1), new DateRange(D(2022, 1, 1), D(2023, 12, 31)).Midpoint);

    [Fact]
    public void SplitBy_SchoolYear_SkipsJulyAndClipsEnds()
    {
        var promise = new DateRange(D(2022, 9, 9), D(2024, 12, 31));
        Assert.Equal(
            [new DateRange(D(2022, 9, 9), D(2023, 6, 30)), new DateRange(D(2023, 8, 1), D(2024, 6, 30)), new DateRange(D(2024, 8, 1), D(2024, 12, 31))],
            promise.SplitBy(PeriodKind.SchoolYear).ToArray());
    }

    [Fact]
    public void SplitBy_Term_GivesSpringAndAutumn()
    {
        var pieces = DateRange.Year(2023).SplitBy(PeriodKind.Term);
        Assert.Equal([new DateRange(D(2023, 1, 1), D(2023, 6, 30)), new DateRange(D(2023, 7, 1), D(2023, 12, 31))], pieces.ToArray());
    }

    [Theory]
    [InlineData("2022-01-01..2023-12-31", true)]
    [InlineData("2023-12-31..2022-01-01", false)]
    [InlineData("2022-02-30..2022-03-01", false)]
    [InlineData("", false)]
    public void TryParse_ValidatesText(string text, bool ok) => Assert.Equal(ok, DateRange.TryParse(text).IsSuccess);
}
