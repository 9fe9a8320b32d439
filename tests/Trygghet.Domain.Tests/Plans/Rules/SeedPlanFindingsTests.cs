using Trygghet.Domain.Plans;
using Trygghet.Domain.Plans.Facts;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Plans.Rules;
using Trygghet.Domain.Samples;
using Trygghet.Domain.Tests.Rules;

namespace Trygghet.Domain.Tests.Plans.Rules;

/// <summary>The exact findings the plan seeds produce.</summary>
public sealed class SeedPlanFindingsTests
{
    private static string[] Findings(ActionProgramme plan, DateOnly asOf, DateOnly? evaluationDate = null) =>
        RuleHarness.Lines(RuleHarness.Run(ActionProgrammeDocument.Descriptor.Rules, PlanFacts.From(plan), asOf, evaluationDate: evaluationDate));

    [Fact]
    public void BroPlan_AsOf20220630WithoutRecordedFollowUps_ReportsEveryMissedYear()
    {
        string[] expected =
        [
            // Lag (2023:196) 6 § is not in force on 2022-06-30, and this is not the statutory plan: no RULE-NO-VERSION either.

            // The plan declares only that its sub-goals have indicators (avsnitt 1.3), and each has: no
            // PLAN-DELMAL-UTAN-INSATSER (activities come in 2021, not promised) and no PLAN-UPPFOLJNING-UTAN-INTERVALL.

            // Eight annual methods, each missed for 2020 and 2021 (2022 is still running).
            .. Twice("$.focusAreas[0].subGoals[0].indicators[0].followUps[0]"),
            .. Twice("$.focusAreas[0].subGoals[0].indicators[1].followUps[0]"),
            .. Twice("$.focusAreas[0].subGoals[0].indicators[2].followUps[0]"),
            .. Twice("$.focusAreas[0].subGoals[0].indicators[3].followUps[1]"),
            .. Twice("$.focusAreas[1].subGoals[0].indicators[0].followUps[0]"),
            .. Twice("$.focusAreas[1].subGoals[0].indicators[1].followUps[0]"),
            .. Twice("$.focusAreas[2].subGoals[0].indicators[1].followUps[0]"),
            .. Twice("$.focusAreas[2].subGoals[0].indicators[2].followUps[0]"),
        ];

        Assert.Equal(expected.Order(StringComparer.Ordinal), Findings(SeedCatalogue.SociallySustainableBroPlan, new DateOnly(2022, 6, 30)));
    }

    [Fact]
    public void BroPlan_MissedMessages_NameTheYearAndDueDate()
    {
        var findings = RuleHarness.Run(ActionProgrammeDocument.Descriptor.Rules, PlanFacts.From(SeedCatalogue.SociallySustainableBroPlan), new DateOnly(2022, 6, 30));
        var missed = findings
            .Where(f => f.RuleId == "PLAN-UPPFOLJNING-MISSAD" && f.Path == "$.focusAreas[2].subGoals[0].indicators[2].followUps[0]")
            .Select(f => f.Message.Swedish)
            .Order(StringComparer.Ordinal);
        Assert.Equal(
            [
                "Uppföljningen \"Årlig redogörelse för antal genomförda medborgardialoger i kommunen\" för perioden 2020-01-01..2020-12-31 skulle ha gjorts senast 2020-12-31.",
                "Uppföljningen \"Årlig redogörelse för antal genomförda medborgardialoger i kommunen\" för perioden 2021-01-01..2021-12-31 skulle ha gjorts senast 2021-12-31.",
            ],
            missed);
        Assert.All(findings.Where(f => f.RuleId == "PLAN-UPPFOLJNING-MISSAD"), f => Assert.Equal(Severity.Warning, f.Severity));
    }

    [Fact]
    public void BroPlan_OnTheLastDayOf2020_HasNoMissedFollowUpYet()
    {
        var lines = Findings(SeedCatalogue.SociallySustainableBroPlan, new DateOnly(2020, 12, 31));
        Assert.DoesNotContain(lines, l => l.StartsWith("PLAN-UPPFOLJNING-MISSAD", StringComparison.Ordinal));
        Assert.Equal(16, Findings(SeedCatalogue.SociallySustainableBroPlan, new DateOnly(2022, 1, 1)).Count(l => l.StartsWith("PLAN-UPPFOLJNING-MISSAD", StringComparison.Ordinal)));
    }

    [Fact]
    public void BroPlan_WithEveryAnnualFollowUpRecordedOnNewYearsEve_HasNoMissedFollowUp()
    {
        var plan = SeedCatalogue.SociallySustainableBroPlan;
        var recorded = plan with
        {
            FocusAreas = [.. plan.FocusAreas.Select(a => a with
            {
                SubGoals = [.. a.SubGoals.Select(g => g with
                {
                    Indicators = [.. g.Indicators.Select(i => i with
                    {
                        FollowUps = [.. i.FollowUps.Select(m => m.AddRecorded(new DateOnly(2020, 12, 31)).AddRecorded(new DateOnly(2021, 12, 31)))],
                    })],
                })],
            })],
        };

        Assert.DoesNotContain(Findings(recorded, new DateOnly(2022, 6, 30)), l => l.StartsWith("PLAN-UPPFOLJNING-MISSAD", StringComparison.Ordinal));
    }

    [Fact]
    public void ViolencePlan_DeclaresNoStructure_SoItsUntimedAndOwnerlessActivitiesGiveNoFinding()
    {
        // Socialnämnden § 26 asks for a new plan whose activities "ska vara tidsatta"; this plan promises neither time nor owners.
        Assert.Equal(PlanCommitments.None, SeedCatalogue.ViolenceInCloseRelationshipsPlan.Commitments);
        Assert.Empty(Findings(SeedCatalogue.ViolenceInCloseRelationshipsPlan, new DateOnly(2020, 11, 20)));
    }

    [Fact]
    public void ViolencePlan_IfItDeclaredTimedActivitiesWithOwners_WouldReportEveryActivityWithoutPeriodAndWithoutOwner()
    {
        string[] untimed =
        [
            "$.focusAreas[0].activities[0]",
            "$.focusAreas[1].activities[0]", "$.focusAreas[1].activities[1]", "$.focusAreas[1].activities[2]", "$.focusAreas[1].activities[3]", "$.focusAreas[1].activities[4]",
            "$.focusAreas[2].activities[0]", "$.focusAreas[2].activities[1]",
            "$.focusAreas[3].activities[0]", "$.focusAreas[3].activities[1]", "$.focusAreas[3].activities[2]",
        ];

        // Two activities name who carries them: the strategist (Organisation) and Integrationsenheten (Origo).
        var ownerless = untimed.Except(["$.focusAreas[0].activities[0]", "$.focusAreas[2].activities[1]"]);
        string[] expected =
        [
            .. untimed.Select(p => $"PLAN-INSATS-EJ-TIDSATT {p}.period"),
            .. ownerless.Select(p => $"PLAN-INSATS-UTAN-ANSVARIG {p}.owner"),
        ];
        var declaring = SeedCatalogue.ViolenceInCloseRelationshipsPlan with
        {
            Commitments = new PlanCommitments { EveryActivityIsTimeBound = true, EveryActivityHasOwner = true },
        };

        Assert.Equal(expected.Order(StringComparer.Ordinal), Findings(declaring, new DateOnly(2020, 11, 20)));
    }

    [Fact]
    public void BroPlan_EvaluatedUnderTheCrimePreventionAct_HasNoStatutoryFindingBecauseItIsNotTheStatutoryPlan()
    {
        var lines = Findings(SeedCatalogue.SociallySustainableBroPlan, new DateOnly(2025, 12, 31));
        Assert.DoesNotContain(lines, l => l.StartsWith("RULE-NO-VERSION", StringComparison.Ordinal) || l.StartsWith("BFL-6", StringComparison.Ordinal));
    }

    private static string[] Twice(string path) => [$"PLAN-UPPFOLJNING-MISSAD {path}", $"PLAN-UPPFOLJNING-MISSAD {path}"];
}
