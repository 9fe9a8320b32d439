using Trygghet.Domain.Procedure.Facts;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.Procedure.Rules;

/// <summary>Lottning saknas (a tied vote in an election or employment matter with no drawing of lots recorded).</summary>
internal sealed class TieWithoutLotRule : Rule
{
    /// <inheritdoc/>
    public override RuleMetadata Metadata { get; } = new()
    {
        Id = "KL-5-56-LOTTNING-SAKNAS",
        Name = new("Lottning saknas", "Drawing of lots missing"),
        Description = new(
            "I ärenden som avser val eller anställning av personal avgörs lika röstetal genom lottning, inte genom ordförandens utslagsröst.",
            "In elections and employment matters equal votes are decided by drawing lots, not by the chair's casting vote."),
        Message = new(
            "Voteringen i § {paragraph} (val eller anställning) slutade {yes}-{no} utan antecknad lottning.",
            "The vote in § {paragraph} (an election or employment) ended {yes}-{no} with no drawing of lots recorded."),
        Basis = KommunallagenBasis.Cite("5 kap. 56 §, 5 kap. 67 § 3, 6 kap. 35 §", "ch. 5 s. 56, ch. 5 s. 67 p. 3, ch. 6 s. 35"),
        DefaultSeverity = Severity.Error,
        Tags = ["procedure", "meeting", "vote", "election"],
    };

    /// <inheritdoc/>
    protected override void Define(RuleBuilder rule) =>
        rule.Match<VoteTaken>(v => v.IsTie && v.ByLot && v.DrawnByLot is null)
            .Then((ctx, v) => ctx.Report(v.Path, ("paragraph", v.Paragraph), ("yes", v.Yes), ("no", v.No)));
}
