namespace Trygghet.Domain.Promises;

/// <summary>
/// Utvärdering av ett åtagande i en period (one commitment in one period as of a date): the period counted,
/// the full calendar period it belongs to, whether it is partial, how many were required and counted, and the status.
/// </summary>
/// <param name="CommitmentIndex">Index of the commitment in <see cref="CitizenPromise.Commitments"/>.</param>
/// <param name="CommitmentId">The commitment's id.</param>
/// <param name="Period">The days counted: the calendar period clipped to the promise's validity (and the commitment's own span).</param>
/// <param name="FullPeriod">The whole calendar period (equal to <paramref name="Period"/> unless partial).</param>
/// <param name="IsPartial">True when the validity covers only part of the calendar period (first or last period).</param>
/// <param name="Required">The count required in <paramref name="Period"/>: the minimum, or for a partial period the minimum pro rata by days, rounded up, never above the minimum.</param>
/// <param name="Counted">Occurrences recorded in <paramref name="Period"/> on or before the as-of date.</param>
/// <param name="Status">The state as of the date: <see cref="DutyStatus.Due"/> (in pace), <see cref="DutyStatus.AtRisk"/>, <see cref="DutyStatus.Met"/> or <see cref="DutyStatus.Missed"/>.</param>
public sealed record CommitmentPeriodStatus(
    int CommitmentIndex,
    string CommitmentId,
    DateRange Period,
    DateRange FullPeriod,
    bool IsPartial,
    int Required,
    int Counted,
    DutyStatus Status);
