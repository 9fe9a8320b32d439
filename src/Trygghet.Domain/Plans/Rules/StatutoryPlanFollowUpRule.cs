using Trygghet.Domain.Plans;
using Trygghet.Domain.Plans.Facts;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.Plans.Rules;

/// <summary>Brottsförebyggande åtgärdsplan inte uppföljd vartannat år (Lag (2023:196) 6 §).</summary>
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
                if (PeriodicFollowUp.EvaluateRolling(p.DutyFrom, 2, p.FollowUps, ctx.AsOf).MissedDeadline is { } deadline)
                {
                    ctx.Report(p.Path, ("deadline", deadline), ("dutyFrom", p.DutyFrom));
                }
            });
}
