using Trygghet.Domain.Rules;

namespace Trygghet.Domain.Promises.Facts;

/// <summary>Åtagande (a promise's commitment) as a fact, with the promise's validity and the activities recorded for it.</summary>
/// <param name="Path">Path of the commitment, e.g. <c>$.commitments[2]</c>.</param>
/// <param name="DocumentKey">Identifies the promise within a session.</param>
/// <param name="Index">Index of the commitment.</param>
/// <param name="Commitment">The commitment.</param>
/// <param name="Validity">The promise's effective validity.</param>
/// <param name="Activities">The activities recorded for this commitment.</param>
public sealed record CommitmentFact(
    string Path, string DocumentKey, int Index, PromiseCommitment Commitment, DateRange Validity, EquatableArray<ActivityRecord> Activities) : IFact;
