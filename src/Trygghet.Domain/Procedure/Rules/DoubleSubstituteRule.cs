using Trygghet.Domain.Procedure.Facts;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.Procedure.Rules;

/// <summary>Två ersättare för samma ledamot (two substitutes recorded as serving for the same absent member).</summary>
internal sealed class DoubleSubstituteRule : Rule
{
    /// <inheritdoc/>
    public override RuleMetadata Metadata { get; } = new()
    {
        Id = "KL-5-17-ERSATTARE-DUBBEL",
        Basis = KommunallagenBasis.Cite("5 kap. 17 §, 6 kap. 17 §", "ch. 5 s. 17, ch. 6 s. 17"),
        Tags = ["procedure", "meeting", "substitutes"],
    };

    /// <inheritdoc/>
    protected override void Define(RuleBuilder rule) =>
        rule.Match<SubstituteServing>(s => s.ServingFor is not null)
            .Join<SubstituteServing, string>(s => s.ServingFor!, t => t.ServingFor ?? string.Empty, (s, t) => string.CompareOrdinal(s.Path, t.Path) < 0)
            .Then((ctx, s, t) => ctx.Report(t.Path, ("first", s.Name), ("second", t.Name), ("member", s.ServingFor)));
}
