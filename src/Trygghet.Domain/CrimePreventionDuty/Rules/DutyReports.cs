using Trygghet.Domain.CrimePreventionDuty.Facts;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.CrimePreventionDuty.Rules;

/// <summary>Reporting steps several duty rules share.</summary>
internal static class DutyReports
{
    private static readonly string[] PartMembers = ["mapping", "otherInformation", "analysis"];

    /// <summary>Reports each part of a lägesbild whose recorded presence is <paramref name="present"/>.</summary>
    public static void EachPart(IRuleContext ctx, SituationReportFact report, bool? present)
    {
        for (var i = 0; i < report.Parts.Count; i++)
        {
            if (report.Parts[i] == present)
            {
                ctx.Report(JsonPath.Member(report.Path, PartMembers[i]), ("id", report.Id), ("point", i + 1));
            }
        }
    }

    /// <summary>Reports each 12 § task of the function whose recorded value is <paramref name="assigned"/>.</summary>
    public static void EachTask(IRuleContext ctx, CoordinationFunctionFact fact, bool? assigned)
    {
        if (fact.Function is not { } function)
        {
            return;
        }

        var tasks = function.Tasks();
        string[] members = ["coordinates", "contactPoint", "informs"];
        for (var i = 0; i < tasks.Count; i++)
        {
            if (tasks[i] == assigned)
            {
                ctx.Report(JsonPath.Member(fact.Path, members[i]), ("point", i + 1));
            }
        }
    }

    /// <summary>
    /// The lapses of the lägesbild's two-year clock (6 §) as of a date, from the first lägesbild known (not before
    /// the act came into force): those made good late when <paramref name="late"/>, otherwise the one still open.
    /// </summary>
    public static IEnumerable<ClockLapse> SituationReportLapses(IEnumerable<DateOnly> dates, DateOnly asOf, bool late)
    {
        var known = dates.Where(d => d <= asOf).ToList();
        return known.Count == 0 ? [] : Of(CrimePreventionAct.EveryTwoYears(Max(known.Min(), CrimePreventionAct.InForce), known, asOf), late);
    }

    /// <summary>
    /// The lapses of a plan's follow-up clock (6 §): from its decision until the next plan or the date; those made
    /// good late when <paramref name="late"/>, otherwise the one still open.
    /// </summary>
    public static IEnumerable<ClockLapse> PlanFollowUpLapses(ActionPlanFact plan, DateOnly asOf, bool late) =>
        plan.Decided is { } decided && decided <= asOf
            ? Of(CrimePreventionAct.PlanFollowUps(decided, plan.FollowUps, plan.SupersededOn is { } next && next < asOf ? next : asOf), late)
            : [];

    private static IEnumerable<ClockLapse> Of(IEnumerable<ClockLapse> lapses, bool late) => lapses.Where(l => (l.DoneOn is not null) == late);

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}
