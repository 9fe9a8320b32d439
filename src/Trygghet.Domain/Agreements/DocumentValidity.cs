namespace Trygghet.Domain.Agreements;

/// <summary>Giltighet (validity): where an as-of date lies relative to a document's giltighetstid.</summary>
public static class DocumentValidity
{
    /// <summary>
    /// Evaluates a giltighetstid as of a date: <see cref="ValidityStatus.NotYetValid"/> before the start,
    /// <see cref="ValidityStatus.Expired"/> after the end, <see cref="ValidityStatus.Expiring"/> in the last
    /// <paramref name="warnDays"/> days (the end day included), otherwise <see cref="ValidityStatus.Valid"/>.
    /// </summary>
    /// <param name="validity">The validity (inclusive).</param>
    /// <param name="asOf">The as-of date.</param>
    /// <param name="warnDays">Length of the warning window, 0 or more (0: never <see cref="ValidityStatus.Expiring"/>).</param>
    /// <returns>The status.</returns>
    public static ValidityStatus Evaluate(DateRange validity, DateOnly asOf, int warnDays)
    {
        Guard.Against.Below(warnDays, 0);
        if (asOf < validity.Start)
        {
            return ValidityStatus.NotYetValid;
        }

        if (asOf > validity.End)
        {
            return ValidityStatus.Expired;
        }

        var daysLeft = validity.End.DayNumber - asOf.DayNumber;
        return daysLeft < warnDays ? ValidityStatus.Expiring : ValidityStatus.Valid;
    }
}
