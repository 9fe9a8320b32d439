using Trygghet.Domain.CrimePreventionDuty;
using Trygghet.Domain.Plans.Facts;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.Plans.Rules;

/// <summary>
/// Brottsförebyggande åtgärdsplan inte uppföljd vartannat år (Lag (2023:196) 6 §): the first deadline of the plan's
/// follow-up clock that passed, checked by the same code as the duty file's 6 § rules
/// (<see cref="CrimePreventionAct.PlanFollowUps"/>).
/// </summary>
internal sealed class StatutoryPlanFollowUpRule : Rule
{
    /// <inheritdoc/>
    public override RuleMetadata Metadata { get; } = new()
    {
        Id = "BFL-6-ATGARDSPLAN-UPPFOLJNING",
        Basis = PlanBases.CrimePreventionAct6,
        DefaultSeverity = Severity.Warning,
        Tags = ["plan", "follow-up", "law"],
    };

    /// <inheritdoc/>
    protected override void Define(RuleBuilder rule) =>
        rule.Match<StatutoryPlanFact>()
            .Then((ctx, p) =>
            {
                if (CrimePreventionAct.PlanFollowUps(p.DutyFrom, p.FollowUps, ctx.AsOf) is [var first, ..])
                {
                    ctx.Report(p.Path, ("deadline", first.Deadline), ("dutyFrom", p.DutyFrom));
                }
            });
}
