using Trygghet.Domain.Finance;
using Trygghet.Domain.Finance.Facts;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.Finance.Rules;

/// <summary>Uppskattningen ryms inte (the areas' least estimates together exceed the operating money set aside).</summary>
internal sealed class EstimateExceedsSetAsideRule : Rule
{
    /// <inheritdoc/>
    public override RuleMetadata Metadata { get; } = new()
    {
        Id = "FIN-UPPSKATTNING-OVER-AVSATT",
        Basis = FinanceBases.SetAsideTotal,
        Tags = ["finance", "allocation"],
    };

    /// <inheritdoc/>
    protected override void Define(RuleBuilder rule) =>
        rule.Match<FundingTotalFact>(t => t.Kind == AppropriationKind.Operating && t.EstimatedMinimum > t.SetAside)
            .Then((ctx, t) => ctx.Report(
                t.Path, ("minimum", Money.FormatMillions(t.EstimatedMinimum)), ("setAside", Money.FormatMillions(t.SetAside))));
}
