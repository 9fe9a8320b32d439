namespace Trygghet.Domain.Plans;

/// <summary>Uppföljningsintervall (how often a follow-up method is applied).</summary>
public enum FollowUpCadence
{
    /// <summary>Inget intervall angivet (no cadence stated, e.g. "Statistik över valdeltagandet").</summary>
    NotStated,

    /// <summary>Löpande (continuously, no fixed points in time).</summary>
    Continuous,

    /// <summary>Återkommande (recurring, without a stated interval).</summary>
    Recurring,

    /// <summary>Månatlig (every calendar month).</summary>
    Monthly,

    /// <summary>Kvartalsvis (every quarter).</summary>
    Quarterly,

    /// <summary>Tertialvis (every tertial: January-April, May-August, September-December).</summary>
    Tertial,

    /// <summary>Halvårsvis (every half year: January-June, July-December).</summary>
    HalfYearly,

    /// <summary>Årlig (every calendar year, e.g. "årlig mätning").</summary>
    Annual,

    /// <summary>Vartannat år (every second year, counted from the start of the span).</summary>
    Biennial,
}
