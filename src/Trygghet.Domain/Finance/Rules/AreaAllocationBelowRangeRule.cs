using Trygghet.Domain.Finance;
using Trygghet.Domain.Finance.Facts;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.Finance.Rules;

/// <summary>Område under kostnadsintervallet när fördelningen är klar (only with FinanceSettings.DistributionComplete).</summary>
internal sealed class AreaAllocationBelowRangeRule : Rule
{
    /// <inheritdoc/>
    public override RuleMetadata Metadata { get; } = new()
    {
        Id = "FIN-OMRADE-UNDER-INTERVALL",
        Basis = FinanceBases.SafetyCommissionAreas,
        Tags = ["finance", "allocation"],
    };

    /// <inheritdoc/>
    protected override void Define(RuleBuilder rule) =>
        rule.Match<AllocationAreaFact>(a => AllocationCheck.Position(a.OperatingAllocated, a.EstimatedCost) == RangePosition.Below)
            .Then((ctx, a) =>
            {
                if (ctx.Settings.Get<FinanceSettings>().DistributionComplete)
                {
                    ctx.Report(a.Path, ("area", a.Name), ("allocated", Money.FormatMillions(a.OperatingAllocated)), ("range", a.EstimatedCost.ToString()));
                }
            });
}
