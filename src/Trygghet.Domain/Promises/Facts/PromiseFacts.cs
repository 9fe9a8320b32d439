using Trygghet.Domain.Agreements.Facts;

namespace Trygghet.Domain.Promises.Facts;

/// <summary>Turns a <see cref="CitizenPromise"/> into facts for the rules in <c>CitizenPromiseDocument</c> (and the validity rules in <c>CooperationAgreementDocument</c>).</summary>
internal static class PromiseFacts
{
    /// <summary>The facts of a promise validated on its own (paths from the promise's root, <c>$</c>).</summary>
    /// <param name="promise">The promise.</param>
    /// <returns>The facts.</returns>
    public static IEnumerable<object> From(CitizenPromise promise) => From(promise, JsonPath.Root);

    /// <summary>The facts of a promise inside another document, with paths under <paramref name="pathPrefix"/>.</summary>
    /// <param name="promise">The promise.</param>
    /// <param name="pathPrefix">Path of the promise in the enclosing document, e.g. <c>$.promises[0]</c>; <c>$</c> for none.</param>
    /// <returns>The facts.</returns>
    public static IEnumerable<object> From(CitizenPromise promise, string pathPrefix)
    {
        Guard.Against.Null(promise);
        Guard.Against.Null(pathPrefix);
        return Build(promise, pathPrefix);
    }

    private static IEnumerable<object> Build(CitizenPromise promise, string prefix)
    {
        var caseNumber = promise.CaseNumber.ToString();
        var key = FactKey.Document(prefix);
        yield return new PromiseFact(prefix, key, caseNumber, promise.Validity.StartsAtDecision, promise.Decision is not null);
        var validity = promise.EffectiveValidity;
        if (validity is { } known)
        {
            yield return new DocumentValidityFact(JsonPath.Member(prefix, "validity"), key, promise.Kind, caseNumber, known);
            for (var i = 0; i < promise.Commitments.Count; i++)
            {
                var commitment = promise.Commitments[i];
                var activities = promise.Activities.Where(a => string.Equals(a.CommitmentId, commitment.Id, StringComparison.Ordinal)).ToEquatableArray();
                yield return new CommitmentFact(JsonPath.Item(prefix, "commitments", i), key, i, commitment, known, activities);
            }
        }

        var ids = promise.Commitments.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < promise.Activities.Count; i++)
        {
            var activity = promise.Activities[i];
            yield return new ActivityFact(JsonPath.Item(prefix, "activities", i), key, activity.CommitmentId, activity.Date, ids.Contains(activity.CommitmentId));
        }
    }
}
