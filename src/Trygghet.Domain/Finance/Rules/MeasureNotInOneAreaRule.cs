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
        Name = new("Åtgärd inte i ett område", "Measure not in exactly one area"),
        Description = new(
            "Varje åtgärd grupperas i exakt ett område.",
            "Every measure is grouped into exactly one area."),
        Message = new(
            "Åtgärd {number} \"{measure}\" ingår i {count} områden.",
            "Measure {number} \"{measure}\" is in {count} areas."),
        Basis = FinanceBases.SafetyCommissionAreas,
        DefaultSeverity = Severity.Warning,
        Tags = ["finance", "measure"],
    };

    /// <inheritdoc/>
    protected override void Define(RuleBuilder rule) =>
        rule.Match<MeasureGroupingFact>(m => m.AreaCount != 1)
            .Then((ctx, m) => ctx.Report(m.Path, ("number", m.Number), ("measure", m.Name), ("count", m.AreaCount)));
}
