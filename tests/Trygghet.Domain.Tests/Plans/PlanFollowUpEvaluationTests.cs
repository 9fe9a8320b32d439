using Trygghet.Domain.Common;
using Trygghet.Domain.Plans;
using Trygghet.Domain.Plans.Facts;
using Trygghet.Domain.Plans.Rules;
using Trygghet.Domain.Samples;
using Trygghet.Domain.Tests.Rules;

namespace Trygghet.Domain.Tests.Plans;

public sealed class PlanFollowUpEvaluationTests
{
    [Fact]
    public void Evaluate_BroPlanAsOf20220630_ListsEveryMethodWithItsYears()
    {
        var statuses = PlanFollowUpEvaluation.Evaluate(SeedCatalogue.SociallySustainableBroPlan, new DateOnly(2022, 6, 30));
        Assert.Equal(13, statuses.Length);
        var first = statuses[0];
        Assert.Equal("$.focusAreas[0].subGoals[0].indicators[0].followUps[0]", first.Path);
        Assert.Equal(
            [DutyStatus.Missed, DutyStatus.Missed, DutyStatus.Due, DutyStatus.Upcoming, DutyStatus.Upcoming, DutyStatus.Upcoming],
            first.Periods.Select(p => p.Status));
        Assert.Empty(statuses.Single(s => s.Method.Description == "Statistik över valdeltagandet").Periods);
    }

    [Fact]
    public void Evaluate_AgreesWithTheMissedFollowUpRule()
    {
        foreach (var asOf in new[] { new DateOnly(2020, 6, 1), new DateOnly(2021, 1, 1), new DateOnly(2023, 3, 3), new DateOnly(2026, 1, 1) })
        {
            var plan = SeedCatalogue.SociallySustainableBroPlan;
            var fromEvaluation = PlanFollowUpEvaluation.Evaluate(plan, asOf)
                .SelectMany(s => s.Periods.Where(p => p.Status == DutyStatus.Missed).Select(_ => $"PLAN-UPPFOLJNING-MISSAD {s.Path}"))
                .Order(StringComparer.Ordinal);
            var fromRules = RuleHarness.Lines(RuleHarness.Run(ActionProgrammeDocument.Descriptor.Rules, PlanFacts.From(plan), asOf))
                .Where(l => l.StartsWith("PLAN-UPPFOLJNING-MISSAD", StringComparison.Ordinal));
            Assert.Equal(fromEvaluation, fromRules);
        }
    }
}
