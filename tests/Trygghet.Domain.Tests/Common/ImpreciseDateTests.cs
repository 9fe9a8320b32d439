using FsCheck;
using FsCheck.Fluent;
using Trygghet.Domain.Common;
using Trygghet.Domain.Councils;
using Trygghet.Domain.Samples;
using Trygghet.Domain.Serialization;
using Trygghet.Domain.Tests.Properties;

namespace Trygghet.Domain.Tests.Common;

/// <summary>A date as precisely as a document states it: a day, a month, a season or a year; written and read as text.</summary>
public sealed class ImpreciseDateTests
{
    [Theory]
    [InlineData("2017-09-21", DatePrecision.Day, "2017-09-21", "2017-09-21")]
    [InlineData("2017-05", DatePrecision.Month, "2017-05-01", "2017-05-31")]
    [InlineData("2016-02", DatePrecision.Month, "2016-02-01", "2016-02-29")]
    [InlineData("2017-autumn", DatePrecision.Season, "2017-09-01", "2017-11-30")]
    [InlineData("2017-winter", DatePrecision.Season, "2017-12-01", "2018-02-28")]
    [InlineData("2017", DatePrecision.Year, "2017-01-01", "2017-12-31")]
    public void Read_EachForm_GivesItsPrecisionAndSpan(string text, DatePrecision precision, string earliest, string latest)
    {
        var date = ImpreciseDate.TryParse(text).Value;

        Assert.Equal(precision, date.Precision);
        Assert.Equal((DateOnly.Parse(earliest, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(latest, System.Globalization.CultureInfo.InvariantCulture)), (date.Earliest, date.Latest));
        Assert.Equal(text, date.ToString());
    }

    [Theory]
    [InlineData("2017-13")]
    [InlineData("2017-02-30")]
    [InlineData("2017-höst")]
    [InlineData("17-05")]
    [InlineData("1899")]
    [InlineData("2199-winter")]
    [InlineData("")]
    public void Read_NotADate_RefusesInSwedishAndEnglish(string text)
    {
        var result = ImpreciseDate.TryParse(text);

        Assert.False(result.IsSuccess);
        Assert.Contains(text, result.Error!.Message.Swedish, StringComparison.Ordinal);
        Assert.Contains(text, result.Error!.Message.English, StringComparison.Ordinal);
    }

    /// <summary>Law: every date, however precise, is written as a text that reads back as the same date.</summary>
    [DomainProperty]
    public Property AnyImpreciseDate_WrittenAndRead_IsTheSameDate() =>
        Prop.ForAll(
            Gen.Choose(1900, 2198).SelectMany(year => Gen.OneOf(
                Gen.Choose(1, 12).Select(month => ImpreciseDate.InMonth(year, month)),
                Gen.Elements(Enum.GetValues<Season>()).Select(season => ImpreciseDate.InSeason(year, season)),
                Gen.Constant(ImpreciseDate.InYear(year)),
                Gen.Choose(0, 364).Select(day => ImpreciseDate.OnDay(new DateOnly(year, 1, 1).AddDays(day))))).ToArbitrary(),
            date => ImpreciseDate.TryParse(date.ToString()).Value == date && date.Span.Contains(date.Earliest) && date.Earliest <= date.Latest);

    [Fact]
    public void Constructors_RefuseWhatTheReaderRefuses()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ImpreciseDate.InMonth(2017, 13));
        Assert.ThrowsAny<ArgumentException>(() => ImpreciseDate.InYear(1899));
        Assert.ThrowsAny<ArgumentException>(() => ImpreciseDate.InSeason(2199, Season.Winter));
        Assert.ThrowsAny<ArgumentException>(() => new ImprecisePeriod(ImpreciseDate.InYear(2018), ImpreciseDate.InMonth(2017, 5)));
    }

    [Fact]
    public void Json_CouncilReport_AcceptsThePlainAndTheImpreciseForms()
    {
        var json = TrygghetJson.Serialize(SeedCatalogue.VarmdoSafetyCouncilReport);
        Assert.Contains("\"dutiesFrom\": \"2017-05\"", json, StringComparison.Ordinal);
        Assert.Contains("\"start\": \"2017-autumn\"", json, StringComparison.Ordinal);

        var plain = json.Replace("\"2017-05\"", "\"2017-05-16\"", StringComparison.Ordinal)
            .Replace("\"start\": \"2017-autumn\"", "\"start\": \"2017-07-01\"", StringComparison.Ordinal)
            .Replace("\"end\": \"2017-autumn\"", "\"end\": \"2017-12-31\"", StringComparison.Ordinal);
        var read = (SafetyCouncilReport)TrygghetJson.Deserialize(plain).Value!;

        Assert.Equal(ImpreciseDate.OnDay(new DateOnly(2017, 5, 16)), read.DutiesFrom);
        Assert.Equal(ImprecisePeriod.Exact(new DateRange(new DateOnly(2017, 7, 1), new DateOnly(2017, 12, 31))), read.ReportingPeriod);
    }

    [Fact]
    public void Json_BadImpreciseDate_IsRefusedAtItsPath()
    {
        var json = TrygghetJson.Serialize(SeedCatalogue.VarmdoSafetyCouncilReport).Replace("\"2017-05\"", "\"2017-05-40\"", StringComparison.Ordinal);

        var result = TrygghetJson.Deserialize(json);

        Assert.False(result.IsSuccess);
        Assert.Equal("$.dutiesFrom", result.Error!.Path);
        Assert.Contains("2017-05-40", result.Error.Message.Swedish, StringComparison.Ordinal);
    }
}
