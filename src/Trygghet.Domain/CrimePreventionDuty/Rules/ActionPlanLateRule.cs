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
        Name = new("Åtgärdsplanen beslutades för sent", "Action plan decided late"),
        Description = new(
            "Kommunen ska ha beslutat om en åtgärdsplan senast när skyldigheten börjar gälla den 1 juli 2024.",
            "The municipality is to have decided an action plan when the duty applies from 1 July 2024."),
        Message = new(
            "Den första åtgärdsplanen beslutades {decided}; den skulle ha beslutats senast {requiredFrom}.",
            "The first action plan was decided on {decided}; it was due by {requiredFrom}."),
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
