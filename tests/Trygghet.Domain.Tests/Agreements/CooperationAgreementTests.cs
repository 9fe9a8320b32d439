using Trygghet.Domain.Agreements;
using Trygghet.Domain.Common;
using Trygghet.Domain.Samples;

namespace Trygghet.Domain.Tests.Agreements;

public sealed class CooperationAgreementTests
{
    [Fact]
    public void Constructor_EmptyTitle_ThrowsNamingTitle() =>
        Assert.Equal("Title", Assert.Throws<ArgumentException>(() => new CooperationAgreement(CaseNumber.Parse("KS 19/0719"), " ", DateRange.Year(2020))).ParamName);

    [Fact]
    public void Validity_EndBeforeStart_CannotBeConstructed() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new CooperationAgreement(CaseNumber.Parse("KS 19/0719"), "x", new DateRange(new(2020, 12, 31), new(2020, 2, 1))));

    [Fact]
    public void Equality_IsStructural_IncludingNestedCollections()
    {
        var copy = SeedCatalogue.CooperationAgreement2020 with { Areas = SeedCatalogue.CooperationAgreement2020.Areas.ToEquatableArray() };

        Assert.Equal(SeedCatalogue.CooperationAgreement2020, copy);
        Assert.Equal(SeedCatalogue.CooperationAgreement2020.GetHashCode(), copy.GetHashCode());
        Assert.NotEqual(SeedCatalogue.CooperationAgreement2020, copy with { FollowUps = [] });
    }

    [Fact]
    public void Kind_And_PartyOf()
    {
        var agreement = SeedCatalogue.CooperationAgreement2022;

        Assert.Equal(DocumentKind.CooperationAgreement, agreement.Kind);
        Assert.Equal("Upplands-Bro kommun", agreement.PartyOf(PartyKind.Municipality)?.Name);
        Assert.Null((agreement with { Parties = [] }).PartyOf(PartyKind.LocalPoliceArea));
    }

    [Fact]
    public void AreaCommitment_NoOrRepeatedParties_Throws()
    {
        Assert.Throws<ArgumentException>(() => new AreaCommitment([], "x"));
        Assert.Throws<ArgumentException>(() => new AreaCommitment([PartyKind.Municipality, PartyKind.Municipality], "x"));
    }

    [Fact]
    public void FollowUpStructure_Null_RestoresNone() =>
        Assert.Equal(FollowUpStructure.None, (SeedCatalogue.CooperationAgreement2020 with { FollowUpStructure = null! }).FollowUpStructure);

    [Fact]
    public void MeasureNumbering_Check_Seed2022_OnlyTheSecond36()
    {
        var issue = Assert.Single(MeasureNumbering.Check(SeedCatalogue.CooperationAgreement2022.ActionPlan!));

        Assert.Equal(new MeasureNumberingIssue(24, new MeasureNumber(3, 6), 4, 16, true), issue);
    }
}
