using System.Globalization;

namespace Trygghet.Domain.Councils;

/// <summary>Redogörelse (a report the council gave the kommunstyrelse at an accounts occasion).</summary>
/// <remarks>
/// Record equality. The default value (year 0) is no real submission: it is refused wherever a submission is
/// read or built, and its <see cref="PerDate"/> is <see cref="DateOnly.MinValue"/>.
/// </remarks>
/// <param name="Year">The accounts year, in the supported years.</param>
/// <param name="Occasion">Halvårsbokslut or bokslut.</param>
public readonly record struct CouncilReportSubmission(int Year, ReportingOccasion Occasion)
{
    /// <summary>Bokslutsår (the accounts year), in <see cref="TrygghetLimits.FirstYear"/>..<see cref="TrygghetLimits.LastYear"/>.</summary>
    public int Year { get; init => field = Guard.Against.YearOutsideSupportedDates(value, nameof(Year)); } =
        Guard.Against.YearOutsideSupportedDates(Year, nameof(Year));

    /// <summary>Tillfälle (halvårsbokslut or bokslut), a named value.</summary>
    public ReportingOccasion Occasion { get; init => field = Guard.Against.EnumOutOfRange(value, nameof(Occasion)); } =
        Guard.Against.EnumOutOfRange(Occasion, nameof(Occasion));

    /// <summary>The day the report is given per: 30 June for halvårsbokslut, 31 December for bokslut.</summary>
    public DateOnly PerDate => Year == 0 ? DateOnly.MinValue
        : Occasion == ReportingOccasion.HalfYearAccounts ? new DateOnly(Year, 6, 30) : new DateOnly(Year, 12, 31);

    /// <summary>The submission as text, e.g. "2021 HalfYearAccounts".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Year.ToString(CultureInfo.InvariantCulture) + " " + Occasion;
}
