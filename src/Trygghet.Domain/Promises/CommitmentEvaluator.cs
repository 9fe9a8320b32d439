using System.Collections.Immutable;
using Trygghet.Domain.Common;

namespace Trygghet.Domain.Promises;

/// <summary>
/// Uppföljning av medborgarlöftets åtaganden (commitment evaluation): given the activities recorded, which
/// commitments are met, on track, at risk or missed in each period as of a date.
/// </summary>
/// <remarks>
/// Periods: terms (January-June, July-December), school years (August-June), calendar years, quarters, months,
/// or the whole validity, over the promise's effective validity (met with the commitment's own span, if any).
/// A first or last period the validity covers only in part requires the minimum pro rata by days, rounded up,
/// never more than the minimum. Periods that have not started by the as-of date are not listed. Within a running
/// period the count is compared with an even spread: <c>floor(required × elapsed days / period days)</c>.
/// </remarks>
public static class CommitmentEvaluator
{
    /// <summary>Evaluates every counted commitment of a promise against the activities recorded in it (<see cref="CitizenPromise.Activities"/>).</summary>
    /// <param name="promise">The promise.</param>
    /// <param name="asOf">The as-of date.</param>
    /// <returns>One status per commitment and period, in commitment then date order.</returns>
    public static ImmutableArray<CommitmentPeriodStatus> Evaluate(CitizenPromise promise, DateOnly asOf)
    {
        Guard.Against.Null(promise);
        return Evaluate(promise, promise.Activities, asOf);
    }

    /// <summary>Evaluates every counted commitment of a promise in every period started by the as-of date.</summary>
    /// <param name="promise">The promise; if its validity starts at a decision not recorded, nothing can be evaluated.</param>
    /// <param name="activities">Activities recorded (those for unknown commitments or after the as-of date are ignored).</param>
    /// <param name="asOf">The as-of date.</param>
    /// <returns>One status per commitment and period, in commitment then date order.</returns>
    public static ImmutableArray<CommitmentPeriodStatus> Evaluate(CitizenPromise promise, IEnumerable<ActivityRecord> activities, DateOnly asOf)
    {
        Guard.Against.Null(promise);
        Guard.Against.Null(activities);
        if (promise.EffectiveValidity is not { } validity)
        {
            return [];
        }

        var byCommitment = activities.ToLookup(a => a.CommitmentId, StringComparer.Ordinal);
        var result = ImmutableArray.CreateBuilder<CommitmentPeriodStatus>();
        for (var i = 0; i < promise.Commitments.Count; i++)
        {
            var commitment = promise.Commitments[i];
            result.AddRange(EvaluateCommitment(i, commitment, validity, byCommitment[commitment.Id], asOf));
        }

        return result.ToImmutable();
    }

    /// <summary>Evaluates one commitment in every period started by the as-of date.</summary>
    /// <param name="index">The commitment's index in its promise (copied to the results).</param>
    /// <param name="commitment">The commitment; a qualitative one (no quota) gives no results.</param>
    /// <param name="validity">The promise's effective validity.</param>
    /// <param name="activities">Activities recorded; those for other commitments or after the as-of date are ignored.</param>
    /// <param name="asOf">The as-of date.</param>
    /// <returns>One status per period, in date order.</returns>
    public static ImmutableArray<CommitmentPeriodStatus> EvaluateCommitment(
        int index, PromiseCommitment commitment, DateRange validity, IEnumerable<ActivityRecord> activities, DateOnly asOf)
    {
        Guard.Against.Null(commitment);
        Guard.Against.Null(activities);
        if (commitment.Quota is not { } quota)
        {
            return [];
        }

        var span = commitment.Span is { } own ? own.Intersect(validity) : validity;
        if (span is not { } counted)
        {
            return [];
        }

        var done = activities.Where(a => a.Date <= asOf && string.Equals(a.CommitmentId, commitment.Id, StringComparison.Ordinal)).ToList();
        var result = ImmutableArray.CreateBuilder<CommitmentPeriodStatus>();
        foreach (var (period, full) in Periods(counted, quota.Per))
        {
            if (period.Start > asOf)
            {
                break;
            }

            var required = RequiredIn(quota.Minimum, period, full);
            var count = done.Where(a => period.Contains(a.Date)).Sum(a => a.Count);
            result.Add(new CommitmentPeriodStatus(
                index, commitment.Id, period, full, period != full, required, count, StatusOf(required, count, period, asOf)));
        }

        return result.ToImmutable();
    }

    /// <summary>
    /// The count required in part of a period: the minimum pro rata by days, rounded up, never more than the minimum
    /// (for the whole period, the minimum itself).
    /// </summary>
    /// <param name="minimum">The minimum for the full period, at least 1.</param>
    /// <param name="part">The days counted; must lie within <paramref name="full"/>.</param>
    /// <param name="full">The full period.</param>
    /// <returns>The required count, between 1 and <paramref name="minimum"/>.</returns>
    public static int RequiredIn(int minimum, DateRange part, DateRange full)
    {
        Guard.Against.Below(minimum, 1);
        if (!full.Contains(part))
        {
            throw new ArgumentException($"The part {part} must lie within the period {full}.", nameof(part));
        }

        var prorated = (((long)minimum * part.LengthInDays) + full.LengthInDays - 1) / full.LengthInDays;
        return (int)Math.Min(minimum, prorated);
    }

    /// <summary>The status of one period as of a date.</summary>
    /// <param name="required">The required count.</param>
    /// <param name="counted">The count so far.</param>
    /// <param name="period">The period.</param>
    /// <param name="asOf">The as-of date (on or after the period's start).</param>
    /// <returns>The status.</returns>
    public static CommitmentStatus StatusOf(int required, int counted, DateRange period, DateOnly asOf)
    {
        if (counted >= required)
        {
            return CommitmentStatus.Met;
        }

        if (asOf > period.End)
        {
            return CommitmentStatus.Missed;
        }

        var elapsed = (long)Math.Max(0, asOf.DayNumber - period.Start.DayNumber + 1);
        var expected = required * elapsed / period.LengthInDays;
        return counted >= expected ? CommitmentStatus.OnTrack : CommitmentStatus.AtRisk;
    }

    private static IEnumerable<(DateRange Period, DateRange Full)> Periods(DateRange span, QuotaPeriod per)
    {
        if (per.ToPeriodKind() is not { } kind)
        {
            yield return (span, span);
            yield break;
        }

        foreach (var piece in span.SplitBy(kind))
        {
            yield return (piece, DateRange.PeriodContaining(kind, piece.Start)!.Value);
        }
    }
}
