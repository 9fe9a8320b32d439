using Trygghet.Domain.Common;

namespace Trygghet.Domain.Tests.Common;

public sealed class CaseNumberTests
{
    [Theory]
    [InlineData("KS 20/0600", "KS", 2020, 600, CaseNumberFormat.RegistryShortYear)]
    [InlineData("SN 18/0162", "SN", 2018, 162, CaseNumberFormat.RegistryShortYear)]
    [InlineData("KS 2020/66", "KS", 2020, 66, CaseNumberFormat.RegistryFullYear)]
    [InlineData("2017KS/0118", "KS", 2017, 118, CaseNumberFormat.YearRegistry)]
    [InlineData("KS 19/0719", "KS", 2019, 719, CaseNumberFormat.RegistryShortYear)]
    public void Parse_SeedFormats_ReadsPartsAndFormatsBack(string text, string registry, int year, int sequence, CaseNumberFormat format)
    {
        var number = CaseNumber.Parse(text);
        Assert.Equal((registry, year, sequence, format), (number.Registry, number.Year, number.Sequence, number.Format));
        Assert.Equal(text, number.ToString());
    }

    [Fact]
    public void Parse_LeadingDnr_IsDropped() => Assert.Equal("KS 21/0531", CaseNumber.Parse("Dnr: KS 21/0531").ToString());

    [Fact]
    public void Parse_RegistryStartingWithDnr_IsNotMistakenForThePrefix() =>
        Assert.Equal("DNRX", CaseNumber.Parse("DNRX 20/0600").Registry);

    [Theory]
    [InlineData("", "empty")]
    [InlineData("KS20/0600", "not recognised")]
    [InlineData("ks 20/0600", "registry")]
    [InlineData("KS 20/06/00", "exactly one slash")]
    [InlineData("KS 202/0600", "two or four digits")]
    [InlineData("KS 20/", "digits")]
    [InlineData("KS 20/0000", "at least 1")]
    public void TryParse_Garbage_SaysWhatIsWrong(string text, string reason)
    {
        var result = CaseNumber.TryParse(text);
        Assert.False(result.IsSuccess);
        Assert.Contains(reason, result.Error.Message.English, StringComparison.Ordinal);
        Assert.Throws<FormatException>(() => CaseNumber.Parse(text));
    }

    [Theory]
    [InlineData("KS 20/06/00", 8)]
    [InlineData("KS 202/0600", 3)]
    [InlineData("KS 20/06x0", 8)]
    [InlineData("  Dnr: KS 20/06x0", 15)]
    [InlineData("2017ks/0118", 4)]
    [InlineData("ks 20/0600", 0)]
    [InlineData("KS 20/1234567", 12)]
    public void TryParse_Garbage_PointsAtTheFault(string text, int position)
    {
        var error = CaseNumber.TryParse(text).Match<ParseError?>(_ => null, e => e);
        Assert.NotNull(error);
        Assert.Equal(text, error.Text);
        Assert.Equal(position, error.Position);
        Assert.EndsWith($"Felet står vid tecken {position + 1}.", error.Render(null), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("KS20/0600")]
    [InlineData("KS 20-0600")]
    public void TryParse_TextRefusedAsAWhole_HasNoPosition(string text)
    {
        Assert.True(CaseNumber.TryParse(text).TryPickT1(out var error, out _));
        Assert.Null(error.Position);
        Assert.Equal(error.Message.Swedish, error.Render(null));
    }

    [Fact]
    public void Constructor_LowerCaseRegistry_ThrowsNamingRegistry() =>
        Assert.Equal("registry", Assert.Throws<ArgumentException>(() => new CaseNumber("ks", 2020, 1, CaseNumberFormat.RegistryFullYear)).ParamName);

    [Fact]
    public void IsSameCase_IgnoresHowTheNumberIsWritten() =>
        Assert.True(CaseNumber.Parse("KS 20/0600").IsSameCase(CaseNumber.Parse("KS 2020/600")));
}
