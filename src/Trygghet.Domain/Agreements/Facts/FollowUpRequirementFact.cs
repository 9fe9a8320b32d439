using Trygghet.Domain.Rules;

namespace Trygghet.Domain.Agreements.Facts;

/// <summary>Uppföljningskrav (a follow-up requirement) as a fact, with what is needed to schedule it: the validity and the follow-ups recorded.</summary>
/// <param name="Path">Path of the requirement, e.g. <c>$.followUpStructure.requirements[0]</c>.</param>
/// <param name="DocumentKey">Identifies the agreement within a session.</param>
/// <param name="Index">Index of the requirement.</param>
/// <param name="Kind">Its kind.</param>
/// <param name="Validity">The agreement's validity.</param>
/// <param name="Records">The follow-ups recorded in the agreement.</param>
public sealed record FollowUpRequirementFact(
    string Path, string DocumentKey, int Index, FollowUpKind Kind, DateRange Validity, EquatableArray<FollowUpRecord> Records) : IFact;
