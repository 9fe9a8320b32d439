using Trygghet.Domain.Partnerships;
using Trygghet.Domain.Samples;
using Trygghet.Domain.Tests.Common;

namespace Trygghet.Domain.Tests.Partnerships;

public sealed class PublicCivicPartnershipTests
{
    [Fact]
    public void AdvanceTo_LaterStage_KeepsEverythingElse()
    {
        var seed = SeedCatalogue.KvinnojourenAnnaPartnership;
        var proposal = seed.AdvanceTo(PartnershipStage.Proposal);
        Assert.Equal(PartnershipStage.Proposal, proposal.Stage);
        Assert.Equal(PartnershipStage.Investigation, seed.Stage);
        Assert.NotEqual(seed, proposal);
        Assert.Equal(proposal, proposal.AdvanceTo(PartnershipStage.Proposal));
        Assert.Equal(seed.Partner, proposal.Partner);
        Assert.Equal(seed.CaseNumber, proposal.CaseNumber);
    }

    [Fact]
    public void AdvanceTo_EarlierStage_ThrowsInBothLanguages()
    {
        var ex = Assert.Throws<InvalidOperationException>(() =>
            SeedCatalogue.KvinnojourenAnnaPartnership.AdvanceTo(PartnershipStage.Agreement).AdvanceTo(PartnershipStage.Proposal));
        BilingualMessage.Assert(ex, "Ett partnerskap kan inte gå tillbaka från överenskommelse till förslag.", "A partnership cannot go back from Agreement to Proposal.");
    }

    [Fact]
    public void Constructor_MissingPartner_Throws() =>
        Assert.Throws<ArgumentNullException>("Partner", () => new PublicCivicPartnership("t", "k", null!, PartnershipStage.Investigation));
}
