using Trygghet.Domain.Common;
using Trygghet.Domain.Finance;

namespace Trygghet.Domain.Tests.Finance;

public sealed class MoneyRangeTests
{
    [Fact]
    public void Constructor_MaxBelowMin_Throws() => Assert.Throws<ArgumentOutOfRangeException>("max", () => new MoneyRange(6, 5));

    [Fact]
    public void Constructor_NegativeMin_Throws() => Assert.Throws<ArgumentOutOfRangeException>("min", () => new MoneyRange(-1, 5));

    [Fact]
    public void FromMillions_AndToString_UseSwedishMnkr() =>
        Assert.Equal("1,5-2 mnkr", MoneyRange.FromMillions(1.5m, 2m).ToString());

    [Fact]
    public void Contains_IncludesBothBounds()
    {
        var range = MoneyRange.FromMillions(5, 6);
        Assert.True(range.Contains(5_000_000m) && range.Contains(6_000_000m));
        Assert.False(range.Contains(6_000_001m));
    }

    [Fact]
    public void Appropriation_NegativeAmount_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>("Amount", () => new Appropriation("a", "b", AppropriationKind.Operating, -1m, 2020));

    [Fact]
    public void Allocation_EmptySource_Throws() =>
        Assert.Throws<ArgumentException>("FundedFrom", () => new Allocation("a", AppropriationKind.Operating, 1m, " "));

    [Fact]
    public void AppropriationDecision_MissingCaseNumber_Throws() =>
        Assert.Throws<ArgumentNullException>("CaseNumber", () => new AppropriationDecision("t", "KS", 22, null!));

    [Fact]
    public void AppropriationDecision_Equality_IsStructural()
    {
        static AppropriationDecision Build() => new("t", "KS", 22, CaseNumber.Parse("KS 2020/66"))
        {
            Areas = [new AllocationArea("A", MoneyRange.FromMillions(1, 2)) { MeasureNumbers = [1, 2] }],
        };

        Assert.Equal(Build(), Build());
        Assert.NotEqual(Build(), Build() with { Areas = [] });
    }
}
