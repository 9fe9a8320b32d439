namespace Trygghet.Domain.Promises;

/// <summary>Status för ett åtagande i en period (a commitment's state in one period as of a date).</summary>
public enum CommitmentStatus
{
    /// <summary>Uppfyllt (the required count is reached).</summary>
    Met,

    /// <summary>I fas (the period is running and the count keeps pace with an even spread of the required count).</summary>
    OnTrack,

    /// <summary>I riskzonen (the period is running, or on its last day, and the count lags behind an even spread).</summary>
    AtRisk,

    /// <summary>Ej uppfyllt (the period has ended without the required count).</summary>
    Missed,
}
