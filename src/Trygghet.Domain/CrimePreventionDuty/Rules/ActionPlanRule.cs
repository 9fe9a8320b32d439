using Trygghet.Domain.CrimePreventionDuty.Facts;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.CrimePreventionDuty.Rules;

/// <summary>
/// Åtgärdsplan (5 § and transitional provision 2: a plan decided from 2024-07-01, resting on the lägesbild; Brå's
/// guidance: its measures answer the problems of that lägesbild).
/// </summary>
internal sealed class ActionPlanRule(RuleMetadata metadata, Action<RuleBuilder> define) : DefinedRule(metadata, define)
{
    /// <summary>BFL-5-ATGARDSPLAN-SAKNAS: no decided plan is known on or after 2024-07-01.</summary>
    public static ActionPlanRule Missing { get; } = new(
        DutyBases.Metadata("BFL-5-ATGARDSPLAN-SAKNAS", DutyBases.Section5Transition, Severity.Warning, "action-plan", "not-recorded"),
        rule => FirstPlan(rule, PlanTimeliness.NotRecorded, (_, asOf) => [("asOf", asOf), ("requiredFrom", CrimePreventionAct.PlanRequiredFrom)]));

    /// <summary>BFL-5-ATGARDSPLAN-SEN: the first plan was decided after 2024-07-01.</summary>
    public static ActionPlanRule Late { get; } = new(
        DutyBases.Metadata("BFL-5-ATGARDSPLAN-SEN", DutyBases.Section5Transition, null, "action-plan", "deadline"),
        rule => FirstPlan(rule, PlanTimeliness.Late, (f, _) => [("decided", f.Decisions.Min()), ("requiredFrom", CrimePreventionAct.PlanRequiredFrom)]));

    /// <summary>BFL-5-UNDERLAG-SAKNAS: the plan names no lägesbild of the file as its basis.</summary>
    public static ActionPlanRule BasisNotRecorded { get; } = new(
        DutyBases.Metadata("BFL-5-UNDERLAG-SAKNAS", DutyBases.Section5, Severity.Warning, "action-plan", "not-recorded"),
        rule => rule.ReportWhen<ActionPlanFact>((f, _) => f.Basis is null, (f, _) => [("plan", f.Title)], BasisMember));

    /// <summary>BFL-5-UNDERLAG-SENARE: the plan's lägesbild is dated after the plan's decision.</summary>
    public static ActionPlanRule BasisAfterDecision { get; } = new(
        DutyBases.Metadata("BFL-5-UNDERLAG-SENARE", DutyBases.Section5, null, "action-plan"),
        rule => rule.ReportWhen<ActionPlanFact>(
            (f, _) => f.Decided is { } decided && f.Basis is { } basis && basis.Date > decided,
            (f, _) => [("plan", f.Title), ("decided", f.Decided), ("id", f.Basis!.Id), ("basisDate", f.Basis.Date)],
            BasisMember));

    /// <summary>BFL-BRA-ATGARD-PROBLEM: a measure addresses no problem of the plan's lägesbild (guidance, Brå).</summary>
    public static ActionPlanRule MeasureWithoutProblem { get; } = new(
        DutyBases.Metadata("BFL-BRA-ATGARD-PROBLEM", DutyBases.MeasuresFromProblems, null, "action-plan", "guidance"),
        rule => rule.ReportWhen<MeasureFact>((f, _) => !f.AddressesKnownProblem, (f, _) => [("measure", f.Description), ("plan", f.Plan)], "problems"));

    private const string BasisMember = "situationReportId";

    // The first plan judged against the date the act requires one from, as of the session's date.
    private static void FirstPlan(RuleBuilder rule, PlanTimeliness reported, Func<ActionPlansFact, DateOnly, (string, object?)[]> arguments) =>
        rule.ReportWhen<ActionPlansFact>((f, asOf) => CrimePreventionAct.FirstPlan(f.Decisions, asOf) == reported, arguments);
}
