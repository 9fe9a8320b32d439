using Trygghet.Domain.Agreements;
using Trygghet.Domain.Common;
using Trygghet.Domain.Portfolio;
using Trygghet.Domain.Samples;

namespace Trygghet.Domain.Tests.Portfolio;

public sealed class AgreementPortfolioTests
{
    [Fact]
    public void Agreements_OfAnotherMunicipality_AreRefused()
    {
        var other = new CooperationAgreement(CaseNumber.Parse("KS 22/0001"), "Värmdö", DateRange.Year(2022))
        {
            Parties = [new Party(PartyKind.Municipality, "Värmdö kommun")],
        };

        var ex = Assert.Throws<ArgumentException>(() => SeedCatalogue.UpplandsBroPortfolio.AddAgreement(other));
        Assert.Contains("Värmdö kommun", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_PartiesOfWrongKind_Throw() =>
        Assert.Equal("municipality", Assert.Throws<ArgumentException>(() => new AgreementPortfolio("x", SeedCatalogue.JarfallaUpplandsBroPoliceArea, SeedCatalogue.JarfallaUpplandsBroPoliceArea)).ParamName);

    [Fact]
    public void Kind_IsPortfolio() => Assert.Equal(DocumentKind.Portfolio, SeedCatalogue.UpplandsBroPortfolio.Kind);
}
