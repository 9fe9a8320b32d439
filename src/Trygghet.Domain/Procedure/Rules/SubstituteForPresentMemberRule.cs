using Trygghet.Domain.Procedure.Facts;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.Procedure.Rules;

/// <summary>Ersättare för närvarande ledamot (a substitute recorded as serving for a member who serves at the same meeting).</summary>
internal sealed class SubstituteForPresentMemberRule : Rule
{
    /// <inheritdoc/>
    public override RuleMetadata Metadata { get; } = new()
    {
        Id = "KL-5-17-ERSATTARE-FOR-NARVARANDE",
        Basis = KommunallagenBasis.Cite("5 kap. 17 §, 6 kap. 17 §", "ch. 5 s. 17, ch. 6 s. 17"),
        Tags = ["procedure", "meeting", "substitutes"],
    };

    /// <inheritdoc/>
    protected override void Define(RuleBuilder rule) =>
        rule.Match<SubstituteServing>(s => s.ServingFor is not null)
            .Join<MemberServing, string>(s => s.ServingFor!, m => m.Name)
            .Then((ctx, s, m) => ctx.Report(s.Path, ("substitute", s.Name), ("member", m.Name)));
}
