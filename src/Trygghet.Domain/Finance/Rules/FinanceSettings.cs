namespace Trygghet.Domain.Finance.Rules;

/// <summary>Inställningar för anslagsreglerna (settings for the finance rules).</summary>
public sealed record FinanceSettings
{
    /// <summary>
    /// Fördelningen är klar (true when the distribution between areas is final, so an area below its least estimate
    /// is reported); false by default, because a decision like KS § 22 leaves most of the money to be distributed later.
    /// </summary>
    public bool DistributionComplete { get; init; }
}
