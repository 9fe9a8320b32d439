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
        Name = new("Område över intervallet", "Area above its range"),
        Description = new(
            "Driftmedel fördelade till ett område ska rymmas inom områdets uppskattade kostnadsintervall.",
            "Operating money allocated to an area is to stay within the area's estimated cost range."),
        Message = new(
            "Området \"{area}\" har fått {allocated} mnkr, mer än intervallet {range}.",
            "The area \"{area}\" has been allocated {allocated} mnkr, more than its range {range}."),
        Basis = FinanceBases.SafetyCommissionAreas,
        DefaultSeverity = Severity.Error,
        Tags = ["finance", "allocation"],
    };

    /// <inheritdoc/>
    protected override void Define(RuleBuilder rule) =>
        rule.Match<AllocationAreaFact>(a => AllocationCheck.Position(a.OperatingAllocated, a.EstimatedCost) == RangePosition.Above)
            .Then((ctx, a) => ctx.Report(
                a.Path, ("area", a.Name), ("allocated", Money.FormatMillions(a.OperatingAllocated)), ("range", a.EstimatedCost.ToString())));
}
