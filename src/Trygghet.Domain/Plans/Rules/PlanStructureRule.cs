using Trygghet.Domain.Plans;
using Trygghet.Domain.Plans.Facts;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.Plans.Rules;

/// <summary>
/// Planens uppbyggnad (the plan's structure rules): a part of the plan lacks what the plan itself declares every
/// such part has (<see cref="PlanCommitments"/>). A commitment the plan does not declare is never checked.
/// One rule class, one instance per commitment.
/// </summary>
internal static class PlanStructureRule
{
    /// <summary>PLAN-DELMAL-UTAN-INDIKATOR: a sub-goal has no indicator.</summary>
    public static PlanStructureRule<SubGoalFact> SubGoalWithoutIndicator { get; } = new(
        new() { Id = "PLAN-DELMAL-UTAN-INDIKATOR", Basis = PlanBases.SubGoalsAndIndicators, Tags = ["plan", "indicator"] },
        g => g.Commitments.EverySubGoalHasIndicators,
        g => g.IndicatorCount == 0,
        SubGoal);

    /// <summary>PLAN-INDIKATOR-UTAN-UPPFOLJNING: an indicator has no follow-up method.</summary>
    public static PlanStructureRule<IndicatorFact> IndicatorWithoutFollowUp { get; } = new(
        new() { Id = "PLAN-INDIKATOR-UTAN-UPPFOLJNING", Basis = PlanBases.SubGoalsAndIndicators, Tags = ["plan", "indicator", "follow-up"] },
        i => i.Commitments.EveryIndicatorIsFollowedUp,
        i => i.FollowUpCount == 0,
        i => (i.Path, [("indicator", i.Statement)]));

    /// <summary>PLAN-UPPFOLJNING-UTAN-INTERVALL: a follow-up method states no cadence.</summary>
    public static PlanStructureRule<FollowUpMethodFact> FollowUpWithoutCadence { get; } = new(
        new() { Id = "PLAN-UPPFOLJNING-UTAN-INTERVALL", Basis = PlanBases.TimeBoundAndFollowedUp, Tags = ["plan", "follow-up"] },
        m => m.Commitments.EveryFollowUpHasInterval,
        m => m.Cadence == FollowUpCadence.NotStated,
        m => ($"{m.Path}.cadence", [("method", m.Description)]));

    /// <summary>PLAN-DELMAL-UTAN-INSATSER: no activity is formulated for any indicator of a sub-goal.</summary>
    public static PlanStructureRule<SubGoalFact> SubGoalWithoutActivities { get; } = new(
        new() { Id = "PLAN-DELMAL-UTAN-INSATSER", Basis = PlanBases.TimeAndResources, Tags = ["plan", "activity"] },
        g => g.Commitments.EverySubGoalHasActivities,
        g => g.ActivityCount == 0,
        SubGoal);

    /// <summary>PLAN-INSATS-EJ-TIDSATT: an activity has no period.</summary>
    public static PlanStructureRule<PlanActivityFact> ActivityNotTimeBound { get; } = new(
        new() { Id = "PLAN-INSATS-EJ-TIDSATT", Basis = PlanBases.TimeBoundAndFollowedUp, Tags = ["plan", "activity"] },
        a => a.Commitments.EveryActivityIsTimeBound,
        a => a.Period is null,
        a => ($"{a.Path}.period", [("activity", a.Description)]));

    /// <summary>PLAN-INSATS-UTAN-ANSVARIG: an activity has no owner.</summary>
    public static PlanStructureRule<PlanActivityFact> ActivityWithoutOwner { get; } = new(
        new() { Id = "PLAN-INSATS-UTAN-ANSVARIG", Basis = PlanBases.TimeAndResources, Tags = ["plan", "activity"] },
        a => a.Commitments.EveryActivityHasOwner,
        a => string.IsNullOrWhiteSpace(a.Owner),
        a => ($"{a.Path}.owner", [("activity", a.Description)]));

    // A sub-goal is reported at its own path by number and name, whichever commitment it breaks.
    private static (string Path, (string Name, object? Value)[] Arguments) SubGoal(SubGoalFact goal) =>
        (goal.Path, [("number", goal.Number), ("name", goal.Name)]);
}

/// <summary>One structure rule of a plan: which commitment it checks and what a part that breaks it lacks.</summary>
/// <typeparam name="TFact">The part of the plan: a sub-goal, indicator, follow-up method or activity.</typeparam>
/// <param name="metadata">The rule's metadata.</param>
/// <param name="declares">True when the plan declares the commitment this rule checks (each part carries the plan's commitments).</param>
/// <param name="lacks">True when the part lacks what the commitment asks of it.</param>
/// <param name="finding">The path reported and the message arguments.</param>
internal sealed class PlanStructureRule<TFact>(
    RuleMetadata metadata,
    Func<TFact, bool> declares,
    Func<TFact, bool> lacks,
    Func<TFact, (string Path, (string Name, object? Value)[] Arguments)> finding) : DeclaredRule(metadata)
{
    /// <inheritdoc/>
    protected override void Define(RuleBuilder rule) =>
        rule.Match<TFact>(part => declares(part) && lacks(part))
            .Then((ctx, part) =>
            {
                var (path, arguments) = finding(part);
                ctx.Report(path, arguments);
            });
}
