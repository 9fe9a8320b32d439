using Trygghet.Domain.Procedure;
using Trygghet.Domain.Procedure.Facts;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.Procedure.Rules;

/// <summary>Extra val ej bordlagt (fullmäktige decided a supplementary election the first time it was taken up).</summary>
internal sealed class SupplementaryElectionNotTabledRule : Rule
{
    /// <inheritdoc/>
    public override RuleMetadata Metadata { get; } = new()
    {
        Id = "KL-5-50-EXTRA-VAL-EJ-BORDLAGT",
        Name = new("Extra val ej bordlagt", "Supplementary election not tabled"),
        Description = new(
            "Ett ärende om extra val ska alltid bordläggas första gången det tas upp till behandling.",
            "A matter of a supplementary election must always be tabled the first time it is taken up."),
        Message = new("§ {paragraph}: extra val avgjordes utan att först ha bordlagts.", "§ {paragraph}: a supplementary election was decided without first being tabled."),
        Basis = KommunallagenBasis.Cite("5 kap. 50 §", "ch. 5 s. 50"),
        DefaultSeverity = Severity.Error,
        Tags = ["procedure", "council", "election"],
    };

    /// <inheritdoc/>
    protected override void Define(RuleBuilder rule) =>
        rule.Match<SupplementaryElection>(e => !e.PreviouslyTabled)
            .Join<ParagraphDecision, int>(e => e.Paragraph, d => d.Paragraph, (_, d) => d.Outcome == DecisionOutcome.Decided)
            .Then((ctx, e, d) => ctx.Report(d.Path, ("paragraph", e.Paragraph)));
}
