using Trygghet.Domain.Finance;
using Trygghet.Domain.Finance.Facts;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.Finance.Rules;

/// <summary>Mer fördelat än avsatt (allocations of one kind exceed the appropriations of that kind).</summary>
internal sealed class AllocatedExceedsSetAsideRule : Rule
{
    /// <inheritdoc/>
    public override RuleMetadata Metadata { get; } = new()
    {
        Id = "FIN-FORDELAT-OVER-AVSATT",
        Basis = FinanceBases.SetAsideTotal,
        Tags = ["finance", "allocation"],
    };

    /// <inheritdoc/>
    protected override void Define(RuleBuilder rule) =>
        rule.Match<FundingTotalFact>(t => t.Allocated > t.SetAside)
            .Then((ctx, t) => ctx.Report(
                t.Path,
                ("allocated", Money.FormatMillions(t.Allocated)),
                ("kind", t.Kind),
                ("setAside", Money.FormatMillions(t.SetAside))));
}
