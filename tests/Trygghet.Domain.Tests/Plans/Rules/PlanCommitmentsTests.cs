using Trygghet.Domain.Common;
using Trygghet.Domain.Plans;
using Trygghet.Domain.Plans.Facts;
using Trygghet.Domain.Plans.Rules;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Serialization;
using Trygghet.Domain.Tests.Rules;

namespace Trygghet.Domain.Tests.Plans.Rules;

/// <summary>A structure rule applies only when the plan declares the matching commitment (issue 11, item 3).</summary>
public sealed class PlanCommitmentsTests
{
    /// <summary>The structure rules, each with the commitment that makes it apply.</summary>
    internal static readonly IReadOnlyDictionary<string, Func<PlanCommitments, PlanCommitments>> Declaring =
        new Dictionary<string, Func<PlanCommitments, PlanCommitments>>(StringComparer.Ordinal)
        {
            ["PLAN-DELMAL-UTAN-INDIKATOR"] = c => c with { EverySubGoalHasIndicators = true },
            ["PLAN-DELMAL-UTAN-INSATSER"] = c => c with { EverySubGoalHasActivities = true },
            ["PLAN-INDIKATOR-UTAN-UPPFOLJNING"] = c => c with { EveryIndicatorIsFollowedUp = true },
            ["PLAN-UPPFOLJNING-UTAN-INTERVALL"] = c => c with { EveryFollowUpHasInterval = true },
            ["PLAN-INSATS-EJ-TIDSATT"] = c => c with { EveryActivityIsTimeBound = true },
            ["PLAN-INSATS-UTAN-ANSVARIG"] = c => c with { EveryActivityHasOwner = true },
        };

    public static TheoryData<string> StructureRules => [.. Declaring.Keys];

    private static readonly DateOnly AsOf = new(2021, 6, 30);

    // Breaks every structure commitment once: a sub-goal without indicators, an indicator without follow-up, a
    // method without interval, sub-goals without activities, and an area activity with neither time nor owner.
    private static ActionProgramme Broken(PlanCommitments commitments) => new("Handlingsplan", "Exempelby kommun")
    {
        Span = new DateRange(new DateOnly(2021, 1, 1), new DateOnly(2023, 12, 31)),
        Commitments = commitments,
        FocusAreas =
        [
            new FocusArea(1, "Trygghet")
            {
                SubGoals =
                [
                    new SubGoal(1, "Utan indikator"),
                    new SubGoal(2, "Med indikatorer")
                    {
                        Indicators =
                        [
                            new Indicator("Utan uppföljning"),
                            new Indicator("Med uppföljning") { FollowUps = [new FollowUpMethod("Mätning", FollowUpCadence.NotStated)] },
                        ],
                    },
                ],
                Activities = [new PlanActivity("Otidsatt insats utan ansvarig")],
            },
        ],
    };

    private static string[] StructureFindings(ActionProgramme plan) =>
        [.. RuleHarness.Run(ActionProgrammeDocument.Descriptor.Rules, PlanFacts.From(plan), AsOf)
            .Where(f => Declaring.ContainsKey(f.RuleId))
            .Select(f => f.RuleId)
            .Distinct()];

    [Theory]
    [MemberData(nameof(StructureRules))]
    public void Rule_WhenThePlanDoesNotDeclareItsCommitment_GivesNoFinding(string ruleId)
    {
        var everythingElse = Declaring.Where(d => d.Key != ruleId).Aggregate(PlanCommitments.None, (c, d) => d.Value(c));

        Assert.DoesNotContain(ruleId, StructureFindings(Broken(everythingElse)));
    }

    [Theory]
    [MemberData(nameof(StructureRules))]
    public void Rule_WhenThePlanDeclaresItsCommitmentAndBreaksIt_GivesAWarningCitingThePlan(string ruleId)
    {
        var plan = Broken(Declaring[ruleId](PlanCommitments.None)) with { CaseNumber = CaseNumber.Parse("KS 2025/17") };

        var findings = RuleHarness.Run(ActionProgrammeDocument.Descriptor.Rules, PlanFacts.From(plan), AsOf).Where(f => Declaring.ContainsKey(f.RuleId)).ToArray();

        Assert.Equal([ruleId], findings.Select(f => f.RuleId).Distinct());
        Assert.All(findings, f =>
        {
            Assert.Equal(BasisKind.Document, f.Basis.Kind);
            Assert.Equal(Severity.Warning, f.Severity);
        });
    }

    [Fact]
    public void BrokenPlan_DeclaringNothing_HasNoStructureFinding() =>
        Assert.Empty(StructureFindings(Broken(PlanCommitments.None)));

    [Fact]
    public void Commitments_NullOrUnset_MeanNone()
    {
        Assert.Same(PlanCommitments.None, new ActionProgramme("p", "k").Commitments);
        Assert.Same(PlanCommitments.None, new ActionProgramme("p", "k") { Commitments = null! }.Commitments);
    }

    [Fact]
    public void Commitments_RoundTripThroughJson_AndAreOmittedWhenNoneAreDeclared()
    {
        var declared = Broken(PlanCommitments.None with { EveryActivityIsTimeBound = true, EverySubGoalHasIndicators = true });
        var json = TrygghetJson.Serialize(declared);

        Assert.Contains("\"everyActivityIsTimeBound\": true", json, StringComparison.Ordinal);
        Assert.Equal(declared, TrygghetJson.Deserialize(json).Value);
        Assert.DoesNotContain("\"commitments\"", TrygghetJson.Serialize(Broken(PlanCommitments.None)), StringComparison.Ordinal);
    }

    [Fact]
    public void Commitments_ReadFromJson_MakeTheRuleApply()
    {
        var json = TrygghetJson.Serialize(Broken(PlanCommitments.None)).Replace(
            "\"kind\": \"actionProgramme\",", "\"kind\": \"actionProgramme\",\n  \"commitments\": { \"everyActivityHasOwner\": true },", StringComparison.Ordinal);

        var plan = Assert.IsType<ActionProgramme>(TrygghetJson.Deserialize(json).Value);

        Assert.Equal(["PLAN-INSATS-UTAN-ANSVARIG"], StructureFindings(plan));
    }
}
