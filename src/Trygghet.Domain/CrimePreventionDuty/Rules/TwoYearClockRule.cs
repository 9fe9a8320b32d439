using Trygghet.Domain.CrimePreventionDuty.Facts;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.CrimePreventionDuty.Rules;

/// <summary>
/// Vartannat år (6 §: the lägesbild is updated and the action plan followed up at least every second year): a
/// deadline of the two-year clock that was made good late, or that passed with nothing recorded since. One rule
/// class, one instance per clock and kind of lapse.
/// </summary>
internal sealed class TwoYearClockRule(RuleMetadata metadata, Action<RuleBuilder> define) : DefinedRule(metadata, define)
{
    /// <summary>BFL-6-LAGESBILD-SEN: a new lägesbild came more than two years after the last.</summary>
    public static TwoYearClockRule SituationReportLate { get; } = new(
        Section6("BFL-6-LAGESBILD-SEN", null, "situation-report", "deadline"), rule => SituationReports(rule, late: true));

    /// <summary>BFL-6-LAGESBILD-EJ-UPPDATERAD: two years passed since the last lägesbild.</summary>
    public static TwoYearClockRule SituationReportNotUpdated { get; } = new(
        Section6("BFL-6-LAGESBILD-EJ-UPPDATERAD", Severity.Warning, "situation-report", "not-recorded"), rule => SituationReports(rule, late: false));

    /// <summary>BFL-6-UPPFOLJNING-SEN: a follow-up came more than two years after the decision or the last follow-up.</summary>
    public static TwoYearClockRule PlanFollowUpLate { get; } = new(
        Section6("BFL-6-UPPFOLJNING-SEN", null, "action-plan", "follow-up", "deadline"), rule => PlanFollowUps(rule, late: true));

    /// <summary>BFL-6-UPPFOLJNING-EJ-REGISTRERAD: two years passed since the decision or the last follow-up while the plan applied.</summary>
    public static TwoYearClockRule PlanFollowUpNotRecorded { get; } = new(
        Section6("BFL-6-UPPFOLJNING-EJ-REGISTRERAD", Severity.Warning, "action-plan", "follow-up", "not-recorded"), rule => PlanFollowUps(rule, late: false));

    private static RuleMetadata Section6(string id, Severity? severity, params string[] tags) => DutyBases.Metadata(id, DutyBases.Section6, severity, tags);

    private static void SituationReports(RuleBuilder rule, bool late) =>
        rule.Match<SituationReportsFact>()
            .Then((ctx, f) => Report(ctx, f.Path, DutyReports.SituationReportLapses(f.Dates, ctx.AsOf, late), late));

    private static void PlanFollowUps(RuleBuilder rule, bool late) =>
        rule.Match<ActionPlanFact>()
            .Then((ctx, f) => Report(ctx, JsonPath.Member(f.Path, "followUps"), DutyReports.PlanFollowUpLapses(f, ctx.AsOf, late), late, ("plan", f.Title)));

    private static void Report(IRuleContext ctx, string path, IEnumerable<ClockLapse> lapses, bool late, params (string, object?)[] leading)
    {
        foreach (var lapse in lapses)
        {
            (string, object?)[] clock = late ? [("deadline", lapse.Deadline), ("done", lapse.DoneOn)] : [("deadline", lapse.Deadline)];
            ctx.Report(path, [.. leading, .. clock]);
        }
    }
}
