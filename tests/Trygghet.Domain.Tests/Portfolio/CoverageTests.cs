using Trygghet.Domain.Common;
using Trygghet.Domain.Portfolio;

namespace Trygghet.Domain.Tests.Portfolio;

public sealed class CoverageTests
{
    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    [Fact]
    public void Gaps_SeedAgreements_Leave2021()
    {
        var gap = Assert.Single(Coverage.Gaps([new DateRange(D(2022, 1, 1), D(2023, 12, 31)), new DateRange(D(2020, 2, 1), D(2020, 12, 31))]));

        Assert.Equal(new CoverageGap(DateRange.Year(2021), 1, 0), gap);
    }

    [Fact]
    public void Gaps_LongAgreementSpanningAShortOne_NoFalseGap() =>
        Assert.Empty(Coverage.Gaps([DateRange.Year(2020), new DateRange(D(2020, 3, 1), D(2020, 3, 31)), DateRange.Year(2021)]));

    [Fact]
    public void Overlaps_ReportsEachPair()
    {
        var overlaps = Coverage.Overlaps([DateRange.Year(2020), new DateRange(D(2020, 12, 1), D(2021, 1, 31)), DateRange.Year(2021)]);

        Assert.Equal(
            [new CoverageOverlap(new DateRange(D(2020, 12, 1), D(2020, 12, 31)), 0, 1), new CoverageOverlap(new DateRange(D(2021, 1, 1), D(2021, 1, 31)), 1, 2)],
            overlaps.ToArray());
    }

    [Fact]
    public void Uncovered_PromiseBeyondAgreement_Gives2024()
    {
        var parts = Coverage.Uncovered(new DateRange(D(2022, 10, 5), D(2024, 12, 31)), [new DateRange(D(2022, 1, 1), D(2023, 12, 31))]);

        Assert.Equal([DateRange.Year(2024)], parts.ToArray());
    }
}
