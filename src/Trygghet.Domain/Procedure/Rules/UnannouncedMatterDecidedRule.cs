using Trygghet.Domain.Procedure.Facts;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.Procedure.Rules;

/// <summary>Ej tillkännagivet ärende avgjort (fullmäktige decided a matter that was not announced, without all present agreeing).</summary>
internal sealed class UnannouncedMatterDecidedRule : Rule
{
    /// <inheritdoc/>
    public override RuleMetadata Metadata { get; } = new()
    {
        Id = "KL-5-52-EJ-TILLKANNAGIVET",
        Basis = KommunallagenBasis.Cite("5 kap. 52 §", "ch. 5 s. 52"),
        Tags = ["procedure", "council", "notice"],
    };

    /// <inheritdoc/>
    protected override void Define(RuleBuilder rule) =>
        rule.Match<MatterAnnouncement>(a => a.Body == BodyKind.Council && a.NotAnnounced && !a.DecidedByAllPresent)
            .Join<ParagraphDecision, int>(a => a.Paragraph, d => d.Paragraph, (_, d) => d.Outcome == DecisionOutcome.Decided)
            .Then((ctx, a, d) => ctx.Report(d.Path, ("paragraph", a.Paragraph)));
}
