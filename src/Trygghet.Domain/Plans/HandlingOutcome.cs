namespace Trygghet.Domain.Plans;

/// <summary>Utfall (what a body did with a plan at one step of its handling).</summary>
public enum HandlingOutcome
{
    /// <summary>Föreslår (proposed the plan to a higher body).</summary>
    Proposed,

    /// <summary>Godkänner som underlag (approved as a basis for further work, not adopted).</summary>
    ApprovedAsBasis,

    /// <summary>Uppdrag (commissioned someone to draft or revise the plan).</summary>
    Commissioned,

    /// <summary>Återremiss (referred back for further preparation).</summary>
    ReferredBack,

    /// <summary>Omrubricering (renamed; see <see cref="HandlingStep.RenamedTo"/>).</summary>
    Renamed,

    /// <summary>Antar (adopted the plan).</summary>
    Adopted,

    /// <summary>Överlämnar (forwarded the matter to another body).</summary>
    Forwarded,
}
