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
                ctx.Report(report.Path + "." + PartMembers[i], ("id", report.Id), ("point", i + 1));
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
                ctx.Report(fact.Path + "." + members[i], ("point", i + 1));
            }
        }
    }

    /// <summary>
    /// The lapses of a two-year clock (6 §): those made good late when <paramref name="late"/>, otherwise the one still
    /// open at <paramref name="until"/> (nothing recorded since its deadline).
    /// </summary>
    public static IEnumerable<ClockLapse> Lapses(DateOnly start, IEnumerable<DateOnly> done, DateOnly until, bool late) =>
        CrimePreventionAct.EveryTwoYears(start, done, until).Where(l => (l.DoneOn is not null) == late);

    /// <summary>
    /// The start of the lägesbild clock (6 §): the first lägesbild known as of <paramref name="asOf"/>, but not before
    /// the act came into force; null when none is known.
    /// </summary>
    public static DateOnly? SituationReportClockStart(IEnumerable<DateOnly> dates, DateOnly asOf)
    {
        var known = dates.Where(d => d <= asOf).ToList();
        return known.Count == 0 ? null : Max(known.Min(), CrimePreventionAct.InForce);
    }

    /// <summary>The plan's follow-up clock (6 §): from its decision (not before the act) until the next plan or the date.</summary>
    public static (DateOnly Start, DateOnly Until)? PlanClock(ActionPlanFact plan, DateOnly asOf) =>
        plan.Decided is { } decided && decided <= asOf
            ? (Max(decided, CrimePreventionAct.InForce), plan.SupersededOn is { } next && next < asOf ? next : asOf)
            : null;

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}
