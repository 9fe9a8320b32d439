using Trygghet.Domain.Procedure;
using Trygghet.Domain.Procedure.Facts;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.Procedure.Rules;

/// <summary>Jävig närvarade (in a nämnd or utskott, a disqualified member stayed in the room during the handling).</summary>
internal sealed class DisqualifiedMemberPresentRule : Rule
{
    /// <inheritdoc/>
    public override RuleMetadata Metadata { get; } = new()
    {
        Id = "KL-6-30-JAV-NARVARO",
        Basis = KommunallagenBasis.Cite("6 kap. 30 §", "ch. 6 s. 30"),
        Tags = ["procedure", "meeting", "disqualification"],
    };

    /// <inheritdoc/>
    protected override void Define(RuleBuilder rule) =>
        rule.Match<DisqualifiedMember>(d => d.RemainedPresent && d.Body != BodyKind.Council)
            .Then((ctx, d) => ctx.Report(d.Path, ("member", d.Name), ("paragraph", d.Paragraph)));
}
