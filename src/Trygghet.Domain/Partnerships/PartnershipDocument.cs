using Trygghet.Domain.Partnerships.Rules;

namespace Trygghet.Domain.Partnerships;

/// <summary>The kind <see cref="PublicCivicPartnership"/>: its descriptor with its rules.</summary>
internal static class PartnershipDocument
{
    public static DocumentDescriptor Descriptor { get; } = DocumentDescriptor.Create<PublicCivicPartnership>(
        DocumentKind.PublicCivicPartnership,
        new("idéburet offentligt partnerskap", "public civic partnership"),
        "Idéburet offentligt partnerskap, IOP (public civic partnership).",
        Facts.PartnershipFacts.From,
        [
            PartnershipTermMissingRule.Content,
            PartnershipTermMissingRule.FollowUpResponsibility,
            PartnershipTermMissingRule.Validity,
            PartnershipTermMissingRule.Financing,
        ]);
}
