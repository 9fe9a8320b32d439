using Trygghet.Domain.CrimePreventionDuty.Facts;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.CrimePreventionDuty.Rules;

/// <summary>Åtgärdsplanen beslutades för sent (5 § and transitional provision 2: the first plan was decided after 2024-07-01).</summary>
internal sealed class ActionPlanLateRule : Rule
{
    /// <inheritdoc/>
    public override RuleMetadata Metadata { get; } = new()
    {
        Id = "BFL-5-ATGARDSPLAN-SEN",
        Basis = DutyBases.Section5Transition,
        Tags = ["crime-prevention", "action-plan", "deadline"],
    };

    /// <inheritdoc/>
    protected override void Define(RuleBuilder rule) =>
        rule.Match<ActionPlansFact>()
            .Then((ctx, f) =>
            {
                if (CrimePreventionAct.FirstPlan(f.Decisions, ctx.AsOf) == PlanTimeliness.Late)
                {
                    ctx.Report(f.Path, ("decided", f.Decisions.Min()), ("requiredFrom", CrimePreventionAct.PlanRequiredFrom));
                }
            });
}
