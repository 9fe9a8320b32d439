using System.Globalization;

namespace Trygghet.Domain.Plans.Facts;

/// <summary>Turns an <see cref="ActionProgramme"/> into facts for the plan rules.</summary>
internal static class PlanFacts
{
    /// <summary>The day Lag (2023:196) om kommuners ansvar för brottsförebyggande arbete came into force.</summary>
    public static readonly DateOnly CrimePreventionActInForce = new(2023, 7, 1);

    /// <summary>The facts of a plan: sub-goals, indicators, follow-up methods, activities, and the statutory duty when it applies.</summary>
    /// <param name="plan">The plan.</param>
    /// <returns>The facts, each with its JSON path.</returns>
    public static IEnumerable<object> From(ActionProgramme plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var span = plan.Span;
        var commitments = plan.Commitments;
        for (var a = 0; a < plan.FocusAreas.Count; a++)
        {
            var area = plan.FocusAreas[a];
            var areaPath = Index("focusAreas", a);
            for (var x = 0; x < area.Activities.Count; x++)
            {
                yield return Activity(area.Activities[x], $"{areaPath}.{Index("activities", x)}", span, commitments);
            }

            for (var g = 0; g < area.SubGoals.Count; g++)
            {
                var goal = area.SubGoals[g];
                var goalPath = $"{areaPath}.{Index("subGoals", g)}";
                yield return new SubGoalFact(goalPath, goal.Number, goal.Name, goal.Indicators.Count, goal.Indicators.Sum(i => i.Activities.Count), commitments);
                for (var i = 0; i < goal.Indicators.Count; i++)
                {
                    var indicator = goal.Indicators[i];
                    var indicatorPath = $"{goalPath}.{Index("indicators", i)}";
                    yield return new IndicatorFact(indicatorPath, indicator.Statement, indicator.FollowUps.Count, commitments);
                    for (var m = 0; m < indicator.FollowUps.Count; m++)
                    {
                        var method = indicator.FollowUps[m];
                        yield return new FollowUpMethodFact(
                            $"{indicatorPath}.{Index("followUps", m)}", method.Description, method.Cadence, span, method.Recorded, commitments);
                    }

                    for (var x = 0; x < indicator.Activities.Count; x++)
                    {
                        yield return Activity(indicator.Activities[x], $"{indicatorPath}.{Index("activities", x)}", span, commitments);
                    }
                }
            }
        }

        if (plan.IsStatutoryCrimePreventionPlan)
        {
            var start = plan.AdoptedOn ?? span?.Start ?? CrimePreventionActInForce;
            var dutyFrom = start > CrimePreventionActInForce ? start : CrimePreventionActInForce;
            yield return new StatutoryPlanFact("planFollowUps", dutyFrom, plan.PlanFollowUps);
        }
    }

    private static PlanActivityFact Activity(PlanActivity activity, string path, Common.DateRange? span, PlanCommitments commitments) =>
        new(path, activity.Description, activity.Period, activity.Owner, span, commitments);

    private static string Index(string name, int index) => string.Create(CultureInfo.InvariantCulture, $"{name}[{index}]");
}
