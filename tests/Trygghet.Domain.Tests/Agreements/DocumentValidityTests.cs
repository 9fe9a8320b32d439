using Trygghet.Domain.Agreements;
using Trygghet.Domain.Common;

namespace Trygghet.Domain.Tests.Agreements;

public sealed class DocumentValidityTests
{
    private static readonly DateRange Agreement2022 = new(new DateOnly(2022, 1, 1), new DateOnly(2023, 12, 31));

    [Theory]
    [InlineData("2021-12-31", ValidityStatus.NotYetValid)]
    [InlineData("2022-01-01", ValidityStatus.Valid)]
    [InlineData("2023-10-02", ValidityStatus.Valid)]
    [InlineData("2023-10-03", ValidityStatus.Expiring)]
    [InlineData("2023-12-31", ValidityStatus.Expiring)]
    [InlineData("2024-01-01", ValidityStatus.Expired)]
    public void Evaluate_90DayWindow_IsTheLast90Days(string asOf, ValidityStatus expected) =>
        Assert.Equal(expected, DocumentValidity.Evaluate(Agreement2022, DateOnly.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture), 90));

    [Fact]
    public void Evaluate_ZeroWarnDays_NeverExpiring() =>
        Assert.Equal(ValidityStatus.Valid, DocumentValidity.Evaluate(Agreement2022, Agreement2022.End, 0));

    [Fact]
    public void Evaluate_NegativeWarnDays_Throws() =>
        Assert.Equal("warnDays", Assert.Throws<ArgumentOutOfRangeException>(() => DocumentValidity.Evaluate(Agreement2022, Agreement2022.Start, -1)).ParamName);

    [Fact]
    public void AgreementSettings_NegativeDays_Throw()
    {
        Assert.Equal("ExpiryWarningDays", Assert.Throws<ArgumentOutOfRangeException>(() => new AgreementSettings { ExpiryWarningDays = -1 }).ParamName);
        Assert.Equal("HalfTimeWindowDays", Assert.Throws<ArgumentOutOfRangeException>(() => new AgreementSettings { HalfTimeWindowDays = -1 }).ParamName);
        Assert.Equal(
            "PeriodicFollowUpGraceDays", Assert.Throws<ArgumentOutOfRangeException>(() => new AgreementSettings { PeriodicFollowUpGraceDays = -1 }).ParamName);
        Assert.Equal(90, new AgreementSettings().ExpiryWarningDays);
    }
}
