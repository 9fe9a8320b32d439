using Trygghet.Domain.Finance;
using Trygghet.Domain.Finance.Facts;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.Finance.Rules;

/// <summary>Område över kostnadsintervallet (operating money allocated to an area exceeds its estimated range).</summary>
internal sealed class AreaAllocationAboveRangeRule : Rule
{
    /// <inheritdoc/>
    public override RuleMetadata Metadata { get; } = new()
    {
        Id = "FIN-OMRADE-OVER-INTERVALL",
        Basis = FinanceBases.SafetyCommissionAreas,
        Tags = ["finance", "allocation"],
    };

    /// <inheritdoc/>
    protected override void Define(RuleBuilder rule) =>
        rule.Match<AllocationAreaFact>(a => AllocationCheck.Position(a.OperatingAllocated, a.EstimatedCost) == RangePosition.Above)
            .Then((ctx, a) => ctx.Report(
                a.Path, ("area", a.Name), ("allocated", Money.FormatMillions(a.OperatingAllocated)), ("range", a.EstimatedCost.ToString())));
}
