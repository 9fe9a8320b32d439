using Trygghet.Domain.Procedure.Facts;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.Procedure.Rules;

/// <summary>Ledamot återinträdde (in fullmäktige, a member served again the same day after leaving for another reason than jäv).</summary>
internal sealed class MemberReturnedRule : Rule
{
    /// <inheritdoc/>
    public override RuleMetadata Metadata { get; } = new()
    {
        Id = "KL-5-20-ATERINTRADE",
        Basis = KommunallagenBasis.Cite("5 kap. 20 §", "ch. 5 s. 20"),
        Tags = ["procedure", "council", "substitutes"],
    };

    /// <inheritdoc/>
    protected override void Define(RuleBuilder rule) =>
        rule.Match<MemberReturned>(m => m.Body == BodyKind.Council)
            .Then((ctx, m) => ctx.Report(m.Path, ("member", m.Name), ("leftAfter", m.LeftAfter), ("returnedAt", m.ReturnedAt)));
}
