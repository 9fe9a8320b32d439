namespace Trygghet.Domain.Partnerships;

/// <summary>Skede (how far an IOP has come).</summary>
public enum PartnershipStage
{
    /// <summary>Utredning (the conditions are being investigated; terms are open questions).</summary>
    Investigation,

    /// <summary>Förslag (a proposed partnership agreement).</summary>
    Proposal,

    /// <summary>Överenskommelse (an agreed partnership).</summary>
    Agreement,
}
