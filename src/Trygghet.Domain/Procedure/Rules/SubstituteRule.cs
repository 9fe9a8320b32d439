using Trygghet.Domain.Procedure.Facts;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.Procedure.Rules;

/// <summary>
/// Ersättarnas tjänstgöring (KL 5 kap. 17 §, 6 kap. 17 §: a substitute serves in place of an absent member): a
/// substitute recorded as serving for a member whose seat is already taken, in a paragraph they share, by the member
/// or by another substitute.
/// </summary>
internal sealed class SubstituteRule(RuleMetadata metadata, Action<RuleBuilder> define) : DefinedRule(metadata, define)
{
    /// <summary>KL-5-17-ERSATTARE-FOR-NARVARANDE: a substitute recorded as serving for a member who serves in the same paragraphs.</summary>
    public static SubstituteRule ForPresentMember { get; } = new(
        Section17("KL-5-17-ERSATTARE-FOR-NARVARANDE"),
        rule => ServingForSomeone(rule)
            .Join<MemberServing, string>(s => s.ServingFor!, m => m.Name, (s, m) => ServiceOverlap.Overlaps(s.Paragraphs, m.Paragraphs))
            .Then((ctx, s, m) => ctx.Report(s.Path, ("substitute", s.Name), ("member", m.Name))));

    /// <summary>KL-5-17-ERSATTARE-DUBBEL: two substitutes recorded as serving for the same absent member.</summary>
    public static SubstituteRule Double { get; } = new(
        Section17("KL-5-17-ERSATTARE-DUBBEL"),
        rule => ServingForSomeone(rule)
            .Join<SubstituteServing, string>(s => s.ServingFor!, t => t.ServingFor ?? string.Empty, (s, t) => string.CompareOrdinal(s.Path, t.Path) < 0 && ServiceOverlap.Overlaps(s.Paragraphs, t.Paragraphs))
            .Then((ctx, s, t) => ctx.Report(t.Path, ("first", s.Name), ("second", t.Name), ("member", s.ServingFor))));

    private static RuleMetadata Section17(string id) => new()
    {
        Id = id,
        Basis = KommunallagenBasis.Cite("5 kap. 17 §, 6 kap. 17 §", "ch. 5 s. 17, ch. 6 s. 17"),
        Tags = ["procedure", "meeting", "substitutes"],
    };

    private static Pattern<SubstituteServing> ServingForSomeone(RuleBuilder rule) => rule.Match<SubstituteServing>(s => s.ServingFor is not null);
}
