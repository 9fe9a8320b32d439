using System.Collections.Immutable;

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
        int index, PromiseCommitment commitment, DateRange validity, IEnumerable<ActivityRecord> activities, DateOnly asOf) =>
        EvaluateCommitment(index, commitment, validity, activities, asOf, new PromiseSettings());

    /// <summary>Evaluates one commitment per period as of a date, with the terms of <paramref name="settings"/>.</summary>
    /// <param name="index">The commitment's index in its promise (copied to the results).</param>
    /// <param name="commitment">The commitment; a qualitative one (no quota) gives no results.</param>
    /// <param name="validity">The promise's effective validity.</param>
    /// <param name="activities">Activities recorded; those for other commitments or after the as-of date are ignored.</param>
    /// <param name="asOf">The as-of date.</param>
    /// <param name="settings">How the year divides into terms.</param>
    /// <returns>One status per period, in date order.</returns>
    public static ImmutableArray<CommitmentPeriodStatus> EvaluateCommitment(
        int index, PromiseCommitment commitment, DateRange validity, IEnumerable<ActivityRecord> activities, DateOnly asOf, PromiseSettings settings)
    {
        Guard.Against.Null(commitment);
        Guard.Against.Null(activities);
        Guard.Against.Null(settings);
        return [.. Periods(commitment, validity, activities, asOf, settings).Select(p => new CommitmentPeriodStatus(
            index, commitment.Id, p.Window, p.FullPeriod, p.Window != p.FullPeriod, p.Required, p.Counted, p.Status))];
    }

    /// <summary>The commitment's periods started by the as-of date, each with its state (none for a qualitative commitment).</summary>
    internal static IEnumerable<DutyPeriod> Periods(PromiseCommitment commitment, DateRange validity, IEnumerable<ActivityRecord> activities, DateOnly asOf, PromiseSettings settings)
    {
        var span = commitment.Span is { } own ? own.Intersect(validity) : validity;
        if (commitment.Quota is not { } quota || span is not { } counted)
        {
            return [];
        }

        var duty = (quota.Per == QuotaPeriod.Term ? PeriodicDuty.Terms(counted, settings.AutumnTermStartMonth)
            : quota.Per.ToPeriodKind() is { } kind ? PeriodicDuty.Per(kind, counted)
            : PeriodicDuty.Once(counted))
            with { Required = quota.Minimum, Paced = true };
        var done = activities
            .Where(a => string.Equals(a.CommitmentId, commitment.Id, StringComparison.Ordinal))
            .Select(a => new DutyOccurrence(DateRange.SingleDay(a.Date), a.Count));
        return duty.Evaluate(done, asOf).Where(p => p.Status != DutyStatus.Upcoming);
    }
}
