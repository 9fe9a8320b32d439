using Trygghet.Domain.CrimePreventionDuty.Facts;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.CrimePreventionDuty.Rules;

/// <summary>Lägesbilden är yngre än planen (5 §: the plan's lägesbild is dated after the plan's decision).</summary>
internal sealed class PlanBasisAfterDecisionRule : Rule
{
    /// <inheritdoc/>
    public override RuleMetadata Metadata { get; } = new()
    {
        Id = "BFL-5-UNDERLAG-SENARE",
        Basis = DutyBases.Section5,
        Tags = ["crime-prevention", "action-plan"],
    };

    /// <inheritdoc/>
    protected override void Define(RuleBuilder rule) =>
        rule.Match<ActionPlanFact>()
            .Then((ctx, f) =>
            {
                if (f.Decided is { } decided && f.Basis is { } basis && basis.Date > decided)
                {
                    ctx.Report(f.Path + ".situationReportId", ("plan", f.Title), ("decided", decided), ("id", basis.Id), ("basisDate", basis.Date));
                }
            });
}
