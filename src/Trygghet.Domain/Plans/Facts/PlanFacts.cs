
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
        Guard.Against.Null(plan);
        var span = plan.Span;
        var commitments = plan.Commitments;
        for (var a = 0; a < plan.FocusAreas.Count; a++)
        {
            var area = plan.FocusAreas[a];
            var areaPath = JsonPath.Item(JsonPath.Root, "focusAreas", a);
            for (var x = 0; x < area.Activities.Count; x++)
            {
                yield return Activity(area.Activities[x], JsonPath.Item(areaPath, "activities", x), span, commitments);
            }

            for (var g = 0; g < area.SubGoals.Count; g++)
            {
                var goal = area.SubGoals[g];
                var goalPath = JsonPath.Item(areaPath, "subGoals", g);
                yield return new SubGoalFact(goalPath, goal.Number, goal.Name, goal.Indicators.Count, goal.Indicators.Sum(i => i.Activities.Count), commitments);
                for (var i = 0; i < goal.Indicators.Count; i++)
                {
                    var indicator = goal.Indicators[i];
                    var indicatorPath = JsonPath.Item(goalPath, "indicators", i);
                    yield return new IndicatorFact(indicatorPath, indicator.Statement, indicator.FollowUps.Count, commitments);
                    for (var m = 0; m < indicator.FollowUps.Count; m++)
                    {
                        var method = indicator.FollowUps[m];
                        yield return new FollowUpMethodFact(
                            JsonPath.Item(indicatorPath, "followUps", m), method.Description, method.Cadence, span, method.Recorded, commitments);
                    }

                    for (var x = 0; x < indicator.Activities.Count; x++)
                    {
                        yield return Activity(indicator.Activities[x], JsonPath.Item(indicatorPath, "activities", x), span, commitments);
                    }
                }
            }
        }

        if (plan.IsStatutoryCrimePreventionPlan)
        {
            var start = plan.AdoptedOn ?? span?.Start ?? CrimePreventionActInForce;
            var dutyFrom = start > CrimePreventionActInForce ? start : CrimePreventionActInForce;
            yield return new StatutoryPlanFact(JsonPath.Member(JsonPath.Root, "planFollowUps"), dutyFrom, plan.PlanFollowUps);
        }
    }

    private static PlanActivityFact Activity(PlanActivity activity, string path, DateRange? span, PlanCommitments commitments) =>
        new(path, activity.Description, activity.Period, activity.Owner, span, commitments);
}
