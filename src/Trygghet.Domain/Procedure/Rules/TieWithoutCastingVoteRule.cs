using Trygghet.Domain.Procedure.Facts;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.Procedure.Rules;

/// <summary>Lika röstetal utan utslagsröst (a tied vote with no casting vote recorded).</summary>
internal sealed class TieWithoutCastingVoteRule : Rule
{
    /// <inheritdoc/>
    public override RuleMetadata Metadata { get; } = new()
    {
        Id = "KL-5-56-UTSLAGSROST-SAKNAS",
        Basis = KommunallagenBasis.Cite("5 kap. 56 §, 5 kap. 67 § 3, 6 kap. 35 §", "ch. 5 s. 56, ch. 5 s. 67 p. 3, ch. 6 s. 35"),
        Tags = ["procedure", "meeting", "vote"],
    };

    /// <inheritdoc/>
    protected override void Define(RuleBuilder rule) =>
        rule.Match<VoteTaken>(v => v.IsTie && v.CastingVote is null)
            .Then((ctx, v) => ctx.Report(v.Path, ("paragraph", v.Paragraph), ("yes", v.Yes), ("no", v.No)));
}
