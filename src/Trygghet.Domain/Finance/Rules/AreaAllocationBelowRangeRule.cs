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
        Name = new("Område under intervallet", "Area below its range"),
        Description = new(
            "När fördelningen är klar ska varje område ha fått minst sitt lägsta uppskattade belopp.",
            "Once the distribution is complete every area is to have received at least its least estimate."),
        Message = new(
            "Området \"{area}\" har fått {allocated} mnkr, mindre än intervallet {range}.",
            "The area \"{area}\" has been allocated {allocated} mnkr, less than its range {range}."),
        Basis = FinanceBases.SafetyCommissionAreas,
        DefaultSeverity = Severity.Warning,
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
