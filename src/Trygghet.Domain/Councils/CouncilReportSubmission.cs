namespace Trygghet.Domain.Councils;

/// <summary>Redogörelse (a report the council gave the kommunstyrelse at an accounts occasion).</summary>
/// <param name="Year">The accounts year.</param>
/// <param name="Occasion">Halvårsbokslut or bokslut.</param>
public readonly record struct CouncilReportSubmission(int Year, ReportingOccasion Occasion)
{
    /// <summary>The day the report is given per: 30 June for halvårsbokslut, 31 December for bokslut.</summary>
    public DateOnly PerDate => Occasion == ReportingOccasion.HalfYearAccounts ? new DateOnly(Year, 6, 30) : new DateOnly(Year, 12, 31);
}
