using System.Collections.Immutable;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.Partnerships.Rules;

/// <summary>IOP-regler (the default rules for public civic partnerships).</summary>
internal static class PartnershipRules
{
    /// <summary>All partnership rules.</summary>
    public static ImmutableArray<Rule> All { get; } =
    [
        PartnershipTermMissingRule.Content,
        PartnershipTermMissingRule.FollowUpResponsibility,
        PartnershipTermMissingRule.Validity,
        PartnershipTermMissingRule.Financing,
    ];
}
