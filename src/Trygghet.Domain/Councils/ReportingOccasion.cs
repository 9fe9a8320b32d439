namespace Trygghet.Domain.Councils;

/// <summary>Redovisningstillfälle (when a council reports to the kommunstyrelse).</summary>
public enum ReportingOccasion
{
    /// <summary>Halvårsbokslut (half-year accounts, per 30 June).</summary>
    HalfYearAccounts,

    /// <summary>Bokslut (annual accounts, per 31 December).</summary>
    AnnualAccounts,
}
