using Trygghet.Domain.Procedure;
using Trygghet.Domain.Procedure.Facts;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.Procedure.Rules;

/// <summary>Justeringsfrist (derives the latest attestation day: 14 days after the meeting, moved to a working day).</summary>
internal sealed class AttestationDeadlineRule : Rule
{
    /// <inheritdoc/>
    public override RuleMetadata Metadata { get; } = new()
    {
        Id = "KL-5-69-JUSTERINGSFRIST",
        Basis = KommunallagenBasis.Cite("5 kap. 69 §, 6 kap. 35 §; lag (1930:173) om beräkning av lagstadgad tid", "ch. 5 s. 69, ch. 6 s. 35; Act (1930:173) on computing statutory time"),
        DefaultSeverity = Severity.Info,
        Tags = ["procedure", "protocol", "deadline", "derived", ProcedureDeadlines.ChainTag],
        Priority = 100,
    };

    /// <inheritdoc/>
    protected override void Define(RuleBuilder rule) =>
        rule.Inserts<AttestationDeadline>().Match<MeetingHeld>()
            .Then((ctx, m) => ctx.Insert(new AttestationDeadline(m.ChainId, ProcedureDeadlines.Attestation(m.Date, ctx.Settings.Get<ProcedureSettings>()), JsonPath.Member(JsonPath.Root, "attestation"))));
}
