using Trygghet.Domain.Finance;
using Trygghet.Domain.Finance.Facts;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.Finance.Rules;

/// <summary>Område hänvisar till okänd åtgärd (an area lists a measure number that does not exist).</summary>
internal sealed class UnknownMeasureReferenceRule : Rule
{
    /// <inheritdoc/>
    public override RuleMetadata Metadata { get; } = new()
    {
        Id = "FIN-ATGARD-OKAND",
        Basis = FinanceBases.SafetyCommissionAreas,
        Tags = ["finance", "measure"],
    };

    /// <inheritdoc/>
    protected override void Define(RuleBuilder rule) =>
        rule.Match<UnknownMeasureReferenceFact>()
            .Then((ctx, m) => ctx.Report(m.Path, ("number", m.Number)));
}
