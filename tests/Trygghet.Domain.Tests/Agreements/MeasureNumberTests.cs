using Trygghet.Domain.Agreements;

namespace Trygghet.Domain.Tests.Agreements;

public sealed class MeasureNumberTests
{
    [Theory]
    [InlineData("1:3", 1, 3)]
    [InlineData("Insats 3:6", 3, 6)]
    [InlineData("  12:10 ", 12, 10)]
    public void Parse_ValidText_GivesAreaAndOrdinal(string text, int area, int ordinal)
    {
        var number = MeasureNumber.Parse(text);

        Assert.Equal((area, ordinal), (number.Area, number.Ordinal));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("3")]
    [InlineData("3:")]
    [InlineData(":6")]
    [InlineData("0:1")]
    [InlineData("3:6:1")]
    [InlineData("-1:2")]
    public void TryParse_NotANumber_ReturnsFalse(string? text)
    {
        Assert.False(MeasureNumber.TryParse(text, out var number));
        Assert.Equal(default, number);
        Assert.False(MeasureNumber.TryParse(text).IsSuccess);
    }

    [Fact]
    public void Parse_Invalid_ThrowsFormatExceptionNamingTheText()
    {
        var ex = Assert.Throws<FormatException>(() => MeasureNumber.Parse("3-6"));
        Assert.Contains("'3-6'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_ZeroOrdinal_ThrowsNamingOrdinal() =>
        Assert.Equal("ordinal", Assert.Throws<ArgumentOutOfRangeException>(() => new MeasureNumber(1, 0)).ParamName);

    [Fact]
    public void Text_And_ToString_AreAColonN() => Assert.Equal("3:6", new MeasureNumber(3, 6).Text);

    [Fact]
    public void CompareTo_OrdersByAreaThenOrdinal()
    {
        Assert.True(new MeasureNumber(1, 7) < new MeasureNumber(2, 1));
        Assert.True(new MeasureNumber(3, 6) > new MeasureNumber(3, 5));
        Assert.True(new MeasureNumber(3, 6) >= MeasureNumber.Parse("3:6"));
    }

    [Fact]
    public void Measure_DefaultNumber_Throws() =>
        Assert.Equal("number", Assert.Throws<ArgumentException>(() => new Measure(1, default, "x")).ParamName);

    [Fact]
    public void Measure_Label_DefaultsToInsatsAndNumber() =>
        Assert.Equal("Insats 4:5", new Measure(4, new MeasureNumber(4, 5), "x").Label);

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    public void Measure_BlankLabel_IsRefusedNamingTheLabel(string label) =>
        Assert.Equal(nameof(Measure.Label), Assert.Throws<ArgumentException>(() => new Measure(1, new MeasureNumber(1, 1), "x") { Label = label }).ParamName);
}
