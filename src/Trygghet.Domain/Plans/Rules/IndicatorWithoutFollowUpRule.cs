using Trygghet.Domain.Plans.Facts;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.Plans.Rules;

/// <summary>Målindikator utan uppföljningsmetod (an indicator has no follow-up method).</summary>
internal sealed class IndicatorWithoutFollowUpRule : Rule
{
    /// <inheritdoc/>
    public override RuleMetadata Metadata { get; } = new()
    {
        Id = "PLAN-INDIKATOR-UTAN-UPPFOLJNING",
        Name = new("Målindikator utan uppföljning", "Indicator without follow-up"),
        Description = new(
            "Varje målindikator ska ha minst en uppföljningsmetod.",
            "Every indicator is to have at least one follow-up method."),
        Message = new(
            "Målindikatorn \"{indicator}\" saknar uppföljningsmetod.",
            "The indicator \"{indicator}\" has no follow-up method."),
        Basis = PlanBases.SubGoalsAndIndicators,
        DefaultSeverity = Severity.Error,
        Tags = ["plan", "indicator", "follow-up"],
    };

    /// <inheritdoc/>
    protected override void Define(RuleBuilder rule) =>
        rule.Match<IndicatorFact>(i => i.FollowUpCount == 0)
            .Then((ctx, i) => ctx.Report(i.Path, ("indicator", i.Statement)));
}
