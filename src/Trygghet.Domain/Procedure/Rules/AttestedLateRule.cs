using Trygghet.Domain.Procedure.Facts;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.Procedure.Rules;

/// <summary>Justering för sent (the protocol was attested after its deadline).</summary>
internal sealed class AttestedLateRule : Rule
{
    /// <inheritdoc/>
    public override RuleMetadata Metadata { get; } = new()
    {
        Id = "KL-5-69-JUSTERING-SEN",
        Basis = KommunallagenBasis.Cite("5 kap. 69 §, 6 kap. 35 §", "ch. 5 s. 69, ch. 6 s. 35"),
        Tags = ["procedure", "protocol", "deadline", ProcedureDeadlines.ChainTag],
    };

    /// <inheritdoc/>
    protected override void Define(RuleBuilder rule) =>
        rule.Match<ProtocolAttested>()
            .Join<AttestationDeadline, string>(a => a.ChainId, d => d.ChainId, (a, d) => a.Date > d.Deadline.Date)
            .Then((ctx, a, d) => ctx.Report(a.Path, ("attested", a.Date), ("deadline", d.Deadline.Date)));
}
