using System.Collections.Immutable;

namespace Trygghet.Domain.Plans;

/// <summary>Uppföljningsläge för en metod (the follow-up periods of one method of a plan, with their status).</summary>
/// <param name="Path">JSON path of the method, e.g. <c>$.focusAreas[0].subGoals[0].indicators[2].followUps[0]</c>.</param>
/// <param name="Indicator">The indicator the method follows up.</param>
/// <param name="Method">The method.</param>
/// <param name="Periods">One status per period of the plan's span; empty for cadences without fixed periods or plans without a span.</param>
public sealed record MethodFollowUpStatus(string Path, string Indicator, FollowUpMethod Method, EquatableArray<DutyPeriod> Periods);

/// <summary>Pure evaluation of a whole plan's indicator follow-ups as of a date (what the plan rules report on).</summary>
public static class PlanFollowUpEvaluation
{
    /// <summary>The follow-up status of every method of every indicator of a plan, as of a date.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="asOf">The date of the evaluation.</param>
    /// <returns>One entry per follow-up method, in document order.</returns>
    public static ImmutableArray<MethodFollowUpStatus> Evaluate(ActionProgramme plan, DateOnly asOf)
    {
        Guard.Against.Null(plan);
        var result = ImmutableArray.CreateBuilder<MethodFollowUpStatus>();
        for (var a = 0; a < plan.FocusAreas.Count; a++)
        {
            for (var g = 0; g < plan.FocusAreas[a].SubGoals.Count; g++)
            {
                var goal = plan.FocusAreas[a].SubGoals[g];
                for (var i = 0; i < goal.Indicators.Count; i++)
                {
                    var indicator = goal.Indicators[i];
                    for (var m = 0; m < indicator.FollowUps.Count; m++)
                    {
                        var method = indicator.FollowUps[m];
                        var periods = plan.Span is { } span ? PeriodicFollowUp.Evaluate(method.Cadence, span, method.Recorded, asOf) : [];
                        var path = JsonPath.Item(
                            JsonPath.Item(JsonPath.Item(JsonPath.Item(JsonPath.Root, "focusAreas", a), "subGoals", g), "indicators", i), "followUps", m);
                        result.Add(new MethodFollowUpStatus(path, indicator.Statement, method, periods));
                    }
                }
            }
        }

        return result.ToImmutable();
    }
}
