using Trygghet.Domain.Procedure.Facts;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.Procedure.Rules;

/// <summary>Anslag saknas (as of a day after the notice deadline, no notice of the justering is recorded).</summary>
internal sealed class NoticeMissingRule : Rule
{
    /// <inheritdoc/>
    public override RuleMetadata Metadata { get; } = new()
    {
        Id = "KL-8-12-ANSLAG-SAKNAS",
        Name = new("Anslag saknas", "Notice missing"),
        Description = new("Justeringen ska tillkännages på anslagstavlan; utan anslag börjar överklagandetiden inte löpa.", "The attestation must be announced on the notice board; without a notice the appeal period does not start."),
        Message = new("Inget anslag om justeringen per {asOf}; senast var {deadline}.", "No notice of the attestation as of {asOf}; the deadline was {deadline}."),
        Basis = KommunallagenBasis.Cite("8 kap. 12 §, 13 kap. 5 §", "ch. 8 s. 12, ch. 13 s. 5"),
        DefaultSeverity = Severity.Error,
        Tags = ["procedure", "notice", "deadline"],
    };

    /// <inheritdoc/>
    protected override void Define(RuleBuilder rule) =>
        rule.Match<NoticeDeadline>()
            .NotExists<NoticePosted, string>(d => d.ChainId, n => n.ChainId)
            .Then((ctx, d) =>
            {
                if (ctx.AsOf > d.Deadline.Date)
                {
                    ctx.Report(d.Path, ("asOf", ctx.AsOf), ("deadline", d.Deadline.Date));
                }
            });
}
