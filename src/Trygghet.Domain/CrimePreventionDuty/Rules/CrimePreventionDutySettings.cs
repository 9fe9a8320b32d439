namespace Trygghet.Domain.CrimePreventionDuty.Rules;

/// <summary>Inställningar för pliktreglerna (settings for the rules of Lag (2023:196)).</summary>
public sealed record CrimePreventionDutySettings
{
    /// <summary>
    /// Rapporteringsintervall (13 §: the longest interval, in months, between reports to kommunfullmäktige that
    /// still counts as "kontinuerligt"). The act names no interval; the default, 12, asks for at least one report a
    /// year, as an annual report would give. At least 1.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public int ReportingIntervalMonths { get; init => field = Guard.Against.Below(value, 1, nameof(ReportingIntervalMonths)); } = 12;
}
