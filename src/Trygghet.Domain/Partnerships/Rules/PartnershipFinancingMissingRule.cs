using Trygghet.Domain.Partnerships;
using Trygghet.Domain.Partnerships.Facts;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.Partnerships.Rules;

/// <summary>IOP utan finansiering (financing missing from a proposed or agreed partnership).</summary>
internal sealed class PartnershipFinancingMissingRule : Rule
{
    /// <inheritdoc/>
    public override RuleMetadata Metadata { get; } = new()
    {
        Id = "IOP-FINANSIERING-SAKNAS",
        Basis = PartnershipBases.TermsOfAgreement,
        DefaultSeverity = Severity.Info,
        Tags = ["partnership"],
    };

    /// <inheritdoc/>
    protected override void Define(RuleBuilder rule) =>
        rule.Match<PartnershipTermFact>(t => t.Term == PartnershipTerm.Financing && !t.IsStated && t.Stage != PartnershipStage.Investigation)
            .Then((ctx, t) => ctx.Report(t.Path, ("partner", t.Partner), ("stage", t.Stage)));
}
