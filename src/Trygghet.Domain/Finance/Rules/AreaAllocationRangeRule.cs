using Trygghet.Domain.Finance;
using Trygghet.Domain.Finance.Facts;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.Finance.Rules;

/// <summary>
/// Område utanför kostnadsintervallet (the operating money allocated to an area lies outside its estimated range).
/// One rule class, one instance per side of the range; the side below counts only once the distribution is
/// complete (<see cref="FinanceSettings.DistributionComplete"/>), since money may still be coming.
/// </summary>
internal sealed class AreaAllocationRangeRule(string id, RangePosition position, bool onlyWhenDistributionComplete)
    : DeclaredRule(new() { Id = id, Basis = FinanceBases.SafetyCommissionAreas, Tags = ["finance", "allocation"] })
{
    /// <summary>FIN-OMRADE-OVER-INTERVALL: more is allocated than the area's estimated range allows.</summary>
    public static AreaAllocationRangeRule Above { get; } = new("FIN-OMRADE-OVER-INTERVALL", RangePosition.Above, false);

    /// <summary>FIN-OMRADE-UNDER-INTERVALL: less than the area's least estimate is allocated, once the distribution is complete.</summary>
    public static AreaAllocationRangeRule Below { get; } = new("FIN-OMRADE-UNDER-INTERVALL", RangePosition.Below, true);

    /// <inheritdoc/>
    protected override void Define(RuleBuilder rule) =>
        rule.Match<AllocationAreaFact>(a => AllocationCheck.Position(a.OperatingAllocated, a.EstimatedCost) == position)
            .Then((ctx, a) =>
            {
                if (!onlyWhenDistributionComplete || ctx.Settings.Get<FinanceSettings>().DistributionComplete)
                {
                    ctx.Report(a.Path, ("area", a.Name), ("allocated", Money.FormatMillions(a.OperatingAllocated)), ("range", a.EstimatedCost.ToString()));
                }
            });
}
