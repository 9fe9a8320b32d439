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
        Name = new("Åtgärdsplanen inte uppföljd", "Action plan not followed up"),
        Description = new(
            "Kommunen ska minst vartannat år följa upp sin brottsförebyggande åtgärdsplan.",
            "The municipality is to follow up its crime-prevention action plan at least every second year."),
        Message = new(
            "Åtgärdsplanen skulle ha följts upp senast {deadline} (skyldigheten gäller från {dutyFrom}).",
            "The action plan was to be followed up by {deadline} (the duty applies from {dutyFrom})."),
        Basis = PlanBases.CrimePreventionAct6,
        DefaultSeverity = Severity.Error,
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
