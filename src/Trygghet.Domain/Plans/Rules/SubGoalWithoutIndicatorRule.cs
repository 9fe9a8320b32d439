using Trygghet.Domain.Plans.Facts;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.Plans.Rules;

/// <summary>Delmål utan målindikator (a sub-goal has no indicator).</summary>
internal sealed class SubGoalWithoutIndicatorRule : Rule
{
    /// <inheritdoc/>
    public override RuleMetadata Metadata { get; } = new()
    {
        Id = "PLAN-DELMAL-UTAN-INDIKATOR",
        Name = new("Delmål utan målindikator", "Sub-goal without indicator"),
        Description = new(
            "Varje delmål ska mätas med minst en målindikator.",
            "Every sub-goal is to be measured by at least one indicator."),
        Message = new(
            "Delmål {number} \"{name}\" saknar målindikator.",
            "Sub-goal {number} \"{name}\" has no indicator."),
        Basis = PlanBases.SubGoalsAndIndicators,
        DefaultSeverity = Severity.Error,
        Tags = ["plan", "indicator"],
    };

    /// <inheritdoc/>
    protected override void Define(RuleBuilder rule) =>
        rule.Match<SubGoalFact>(g => g.IndicatorCount == 0)
            .Then((ctx, g) => ctx.Report(g.Path, ("number", g.Number), ("name", g.Name)));
}
