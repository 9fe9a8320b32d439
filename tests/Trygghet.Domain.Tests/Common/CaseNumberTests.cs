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
    public void Read_Garbage_SaysWhatIsWrong(string text, string reason)
    {
        var result = CaseNumber.Read(text);
        Assert.False(result.IsSuccess);
        Assert.Contains(reason, result.Error.English, StringComparison.Ordinal);
        Assert.Throws<FormatException>(() => CaseNumber.Parse(text));
    }

    [Fact]
    public void Constructor_LowerCaseRegistry_ThrowsNamingRegistry() =>
        Assert.Equal("registry", Assert.Throws<ArgumentException>(() => new CaseNumber("ks", 2020, 1, CaseNumberFormat.RegistryFullYear)).ParamName);

    [Fact]
    public void IsSameCase_IgnoresHowTheNumberIsWritten() =>
        Assert.True(CaseNumber.Parse("KS 20/0600").IsSameCase(CaseNumber.Parse("KS 2020/600")));
}
