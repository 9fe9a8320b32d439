using Trygghet.Domain.Rules;

namespace Trygghet.Domain.Promises.Facts;

/// <summary>Aktivitet (an activity recorded in a promise) as a fact, and whether the promise has the commitment it names.</summary>
/// <param name="Path">Path of the activity, e.g. <c>$.activities[3]</c>.</param>
/// <param name="DocumentKey">Identifies the promise within a session.</param>
/// <param name="CommitmentId">The commitment id it names.</param>
/// <param name="Date">When it was done.</param>
/// <param name="CommitmentKnown">True when the promise has a commitment with that id.</param>
public sealed record ActivityFact(string Path, string DocumentKey, string CommitmentId, DateOnly Date, bool CommitmentKnown) : IFact;
