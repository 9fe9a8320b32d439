using System.Collections.Immutable;

namespace Trygghet.Domain.Rules.Partnerships;

/// <summary>IOP-regler (the default rules for public civic partnerships).</summary>
public static class PartnershipRules
{
    /// <summary>All partnership rules.</summary>
    public static ImmutableArray<Rule> All { get; } =
    [
        new PartnershipContentMissingRule(),
        new PartnershipFollowUpResponsibilityMissingRule(),
        new PartnershipValidityMissingRule(),
        new PartnershipFinancingMissingRule(),
    ];
}
