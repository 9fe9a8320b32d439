using Trygghet.Domain.Finance;
using Trygghet.Domain.Finance.Facts;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.Finance.Rules;

/// <summary>Åtgärd inte i exakt ett område (a measure is grouped into no area or several).</summary>
internal sealed class MeasureNotInOneAreaRule : Rule
{
    /// <inheritdoc/>
    public override RuleMetadata Metadata { get; } = new()
    {
        Id = "FIN-ATGARD-OMRADE",
        Basis = FinanceBases.SafetyCommissionAreas,
        Tags = ["finance", "measure"],
    };

    /// <inheritdoc/>
    protected override void Define(RuleBuilder rule) =>
        rule.Match<MeasureGroupingFact>(m => m.AreaCount != 1)
            .Then((ctx, m) => ctx.Report(m.Path, ("number", m.Number), ("measure", m.Name), ("count", m.AreaCount)));
}
