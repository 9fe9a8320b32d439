namespace Trygghet.Domain.Partnerships;

/// <summary>The descriptor of the kind <see cref="PublicCivicPartnership"/>.</summary>
internal static class PartnershipDocument
{
    public static DocumentDescriptor Descriptor { get; } = DocumentDescriptor.Create<PublicCivicPartnership>(
        DocumentKind.PublicCivicPartnership, new("idéburet offentligt partnerskap", "public civic partnership"), "Idéburet offentligt partnerskap, IOP (public civic partnership).", Facts.PartnershipFacts.From, Rules.PartnershipRules.All);
}
