using Trygghet.Domain.Partnerships;

namespace Trygghet.Domain.Partnerships.Rules;

/// <summary>Texts used in partnership messages.</summary>
internal static class PartnershipText
{
    /// <summary>The stage as a message value in both languages.</summary>
    public static string StageName(PartnershipStage stage) => stage switch
    {
        PartnershipStage.Investigation => "utredning/investigation",
        PartnershipStage.Proposal => "förslag/proposal",
        _ => "överenskommelse/agreement",
    };
}
