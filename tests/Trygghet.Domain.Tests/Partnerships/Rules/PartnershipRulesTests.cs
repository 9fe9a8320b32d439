using Trygghet.Domain.Common;
using Trygghet.Domain.Partnerships;
using Trygghet.Domain.Partnerships.Facts;
using Trygghet.Domain.Partnerships.Rules;
using Trygghet.Domain.Samples;
using Trygghet.Domain.Tests.Rules;

namespace Trygghet.Domain.Tests.Partnerships.Rules;

public sealed class PartnershipRulesTests
{
    private static string[] Run(PublicCivicPartnership p) =>
        RuleHarness.Lines(RuleHarness.Run(PartnershipDocument.Descriptor.Rules, PartnershipFacts.From(p), new DateOnly(2021, 1, 1)));

    [Fact]
    public void Seed_UnderInvestigation_HasNoFindings() => Assert.Empty(Run(SeedCatalogue.KvinnojourenAnnaPartnership));

    [Fact]
    public void Proposal_WithoutTerms_IsReportedForEachOpenTerm()
    {
        var proposal = SeedCatalogue.KvinnojourenAnnaPartnership.AdvanceTo(PartnershipStage.Proposal);
        Assert.Equal(
            ["IOP-FINANSIERING-SAKNAS $.financing", "IOP-GILTIGHETSTID-SAKNAS $.validity", "IOP-INNEHALL-SAKNAS $.content", "IOP-UPPFOLJNINGSANSVAR-SAKNAS $.followUpResponsibility"],
            Run(proposal));
    }

    [Fact]
    public void Agreement_WithValidityAndFollowUpResponsibilityOnly_LacksContentAndFinancing()
    {
        var agreement = SeedCatalogue.KvinnojourenAnnaPartnership.AdvanceTo(PartnershipStage.Agreement) with
        {
            Validity = new DateRange(new DateOnly(2022, 1, 1), new DateOnly(2024, 12, 31)),
            FollowUpResponsibility = "Socialnämnden",
        };
        Assert.Equal(["IOP-FINANSIERING-SAKNAS $.financing", "IOP-INNEHALL-SAKNAS $.content"], Run(agreement));
    }
}
