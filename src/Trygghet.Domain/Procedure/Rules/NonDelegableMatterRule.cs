using Trygghet.Domain.Procedure.Facts;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.Procedure.Rules;

/// <summary>
/// Ej delegerbart ärende (a matter of a kind KL 6 kap. 38 § keeps with the nämnd was decided under delegation to
/// elected members or an employee, 6 kap. 37 §, 7 kap. 5 §). An urgent decision by the chair under 6 kap. 39 § is a
/// mandate of its own and is not judged here.
/// </summary>
internal sealed class NonDelegableMatterRule : Rule
{
    /// <inheritdoc/>
    public override RuleMetadata Metadata { get; } = new()
    {
        Id = "KL-6-38-EJ-DELEGERBART",
        Basis = KommunallagenBasis.Cite("6 kap. 37-38 §§, 7 kap. 5 §", "ch. 6 ss. 37-38, ch. 7 s. 5"),
        Tags = ["procedure", "delegation"],
    };

    /// <inheritdoc/>
    protected override void Define(RuleBuilder rule) =>
        rule.Match<DelegatedDecisionRecorded>(d => d.Basis != DelegationBasis.Urgent && d.MatterKind != DelegatedMatterKind.Delegable)
            .Then((ctx, d) => ctx.Report(d.Path, ("matter", d.Matter), ("date", d.Date), ("delegate", d.Delegate), ("kind", d.MatterKind)));
}
