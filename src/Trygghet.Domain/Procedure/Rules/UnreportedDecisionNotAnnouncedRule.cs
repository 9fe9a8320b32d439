using Trygghet.Domain.Procedure.Facts;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.Procedure.Rules;

/// <summary>
/// Delegationsbeslut utan tillkännagivande (an appealable delegated decision that the nämnd decided is not reported to
/// it has no notice on the notice board recorded): such a decision is recorded separately (KL 6 kap. 40 §, 7 kap. 8 §)
/// and the notice board holds notices of it (8 kap. 10 § 3); without one its appeal period does not start. A record
/// that is only incomplete: a warning.
/// </summary>
internal sealed class UnreportedDecisionNotAnnouncedRule : Rule
{
    /// <inheritdoc/>
    public override RuleMetadata Metadata { get; } = new()
    {
        Id = "KL-8-10-DELEGATIONSBESLUT-ANSLAG-SAKNAS",
        Basis = KommunallagenBasis.Cite("6 kap. 40 §, 7 kap. 8 §, 8 kap. 10 § 3, 13 kap. 5 §", "ch. 6 s. 40, ch. 7 s. 8, ch. 8 s. 10 p. 3, ch. 13 s. 5"),
        DefaultSeverity = Severity.Warning,
        Tags = ["procedure", "delegation", "notice"],
    };

    /// <inheritdoc/>
    protected override void Define(RuleBuilder rule) =>
        rule.Match<DelegatedDecisionRecorded>(d => d.NotReported && d.Appealable && !d.Announced)
            .Then((ctx, d) => ctx.Report(d.Path, ("matter", d.Matter), ("date", d.Date)));
}
