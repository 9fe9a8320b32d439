using Trygghet.Domain.CrimePreventionDuty.Facts;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.CrimePreventionDuty.Rules;

/// <summary>Ingen åtgärdsplan registrerad (5 § and transitional provision 2: no decided plan is known on or after 2024-07-01).</summary>
internal sealed class ActionPlanMissingRule : Rule
{
    /// <inheritdoc/>
    public override RuleMetadata Metadata { get; } = new()
    {
        Id = "BFL-5-ATGARDSPLAN-SAKNAS",
        Basis = DutyBases.Section5Transition,
        DefaultSeverity = Severity.Warning,
        Tags = ["crime-prevention", "action-plan", "not-recorded"],
    };

    /// <inheritdoc/>
    protected override void Define(RuleBuilder rule) =>
        rule.Match<ActionPlansFact>()
            .Then((ctx, f) =>
            {
                if (CrimePreventionAct.FirstPlan(f.Decisions, ctx.AsOf) == PlanTimeliness.NotRecorded)
                {
                    ctx.Report(f.Path, ("asOf", ctx.AsOf), ("requiredFrom", CrimePreventionAct.PlanRequiredFrom));
                }
            });
}
