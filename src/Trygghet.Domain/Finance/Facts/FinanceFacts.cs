using System.Collections.Immutable;

namespace Trygghet.Domain.Finance.Facts;

/// <summary>Turns an <see cref="AppropriationDecision"/> into facts for the finance rules.</summary>
internal static class FinanceFacts
{
    /// <summary>The facts of a decision.</summary>
    /// <param name="decision">The decision.</param>
    /// <returns>The facts, each with its JSON path.</returns>
    public static IEnumerable<object> From(AppropriationDecision decision)
    {
        Guard.Against.Null(decision);
        for (var i = 0; i < decision.Appropriations.Count; i++)
        {
            var a = decision.Appropriations[i];
            yield return new AppropriationFact(JsonPath.Item(JsonPath.Root, "appropriations", i), a.Id, a.Kind, a.Amount);
        }

        for (var r = 0; r < decision.Areas.Count; r++)
        {
            var area = decision.Areas[r];
            var areaPath = JsonPath.Item(JsonPath.Root, "areas", r);
            yield return new AllocationAreaFact(areaPath, area.Name, area.EstimatedCost, AllocationCheck.OperatingAllocated(area));
            for (var x = 0; x < area.Allocations.Count; x++)
            {
                var allocation = area.Allocations[x];
                yield return new AllocationFact(
                    JsonPath.Item(areaPath, "allocations", x), allocation.Purpose, allocation.Kind, allocation.Amount, allocation.FundedFrom);
            }

            for (var n = 0; n < area.MeasureNumbers.Count; n++)
            {
                var number = area.MeasureNumbers[n];
                if (number < 1 || number > decision.Measures.Count)
                {
                    yield return new UnknownMeasureReferenceFact(JsonPath.Item(areaPath, "measureNumbers", n), number);
                }
            }
        }

        for (var m = 0; m < decision.Measures.Count; m++)
        {
            var number = m + 1;
            var count = decision.Areas.Sum(a => a.MeasureNumbers.Count(n => n == number));
            yield return new MeasureGroupingFact(JsonPath.Item(JsonPath.Root, "measures", m), number, decision.Measures[m], count);
        }

        foreach (var kind in new[] { AppropriationKind.Operating, AppropriationKind.Investment })
        {
            var minimum = kind == AppropriationKind.Operating ? AllocationCheck.EstimatedTotal(decision).Min : 0m;
            yield return new FundingTotalFact(JsonPath.Member(JsonPath.Root, "appropriations"), kind, decision.TotalSetAside(kind), decision.TotalAllocated(kind), minimum);
        }

        if (decision.FollowUp is { } plan)
        {
            yield return new FinancialFollowUpFact(
                JsonPath.Member(JsonPath.Root, "followUp"), plan.Span, plan.Period, decision.RecordedFollowUps.Select(f => f.PerDate).ToImmutableArray());
        }
    }
}
