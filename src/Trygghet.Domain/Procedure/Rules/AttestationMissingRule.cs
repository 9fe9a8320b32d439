using Trygghet.Domain.Procedure.Facts;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.Procedure.Rules;

/// <summary>Justering saknas (as of a day after the deadline, the protocol is not recorded as attested).</summary>
internal sealed class AttestationMissingRule : Rule
{
    /// <inheritdoc/>
    public override RuleMetadata Metadata { get; } = new()
    {
        Id = "KL-5-69-JUSTERING-SAKNAS",
        Basis = KommunallagenBasis.Cite("5 kap. 69 §, 6 kap. 35 §", "ch. 5 s. 69, ch. 6 s. 35"),
        DefaultSeverity = Severity.Warning,
        Tags = ["procedure", "protocol", "deadline", ProcedureDeadlines.ChainTag],
    };

    /// <inheritdoc/>
    protected override void Define(RuleBuilder rule) =>
        rule.Match<AttestationDeadline>()
            .NotExists<ProtocolAttested, string>(d => d.ChainId, a => a.ChainId)
            .Then((ctx, d) =>
            {
                if (ctx.AsOf > d.Deadline.Date)
                {
                    ctx.Report(d.Path, ("asOf", ctx.AsOf), ("deadline", d.Deadline.Date));
                }
            });
}
