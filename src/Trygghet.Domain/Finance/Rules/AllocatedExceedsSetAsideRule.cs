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
        Name = new("Mer fördelat än avsatt", "More allocated than set aside"),
        Description = new(
            "Summan av fördelningarna av ett slag får inte överstiga de avsatta medlen av samma slag.",
            "The allocations of one kind may not exceed the money set aside of that kind."),
        Message = new(
            "Fördelat {allocated} mnkr ({kind}) men avsatt {setAside} mnkr.",
            "Allocated {allocated} mnkr ({kind}) but set aside {setAside} mnkr."),
        Basis = FinanceBases.SetAsideTotal,
        DefaultSeverity = Severity.Error,
        Tags = ["finance", "allocation"],
    };

    /// <inheritdoc/>
    protected override void Define(RuleBuilder rule) =>
        rule.Match<FundingTotalFact>(t => t.Allocated > t.SetAside)
            .Then((ctx, t) => ctx.Report(
                t.Path,
                ("allocated", Money.FormatMillions(t.Allocated)),
                ("kind", FinanceText.KindName(t.Kind)),
                ("setAside", Money.FormatMillions(t.SetAside))));
}
