using Trygghet.Domain.Rules;

namespace Trygghet.Domain.Promises.Facts;

/// <summary>Medborgarlöfte (a promise as a whole) as a fact: how its validity starts and whether its decision is recorded.</summary>
/// <param name="Path">Path of the promise (<c>$</c> for a document validated on its own).</param>
/// <param name="DocumentKey">Identifies the promise within a session.</param>
/// <param name="CaseNumber">The case number as written.</param>
/// <param name="StartsAtDecision">True when the validity starts at the decision date.</param>
/// <param name="HasDecision">True when the adopting decision is recorded.</param>
public sealed record PromiseFact(string Path, string DocumentKey, string CaseNumber, bool StartsAtDecision, bool HasDecision) : IFact;
