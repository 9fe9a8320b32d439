using FsCheck;
using FsCheck.Fluent;
using Trygghet.Domain.CrimePreventionDuty;
using Trygghet.Domain.CrimePreventionDuty.Facts;
using Trygghet.Domain.CrimePreventionDuty.Rules;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Rules.Runtime;
using Trygghet.Domain.Samples;
using Trygghet.Domain.Validation;
using static Trygghet.Domain.Tests.Properties.DomainGenerators;

using static Trygghet.Domain.Tests.CrimePreventionDuty.DutyFileEdits;

namespace Trygghet.Domain.Tests.Properties;

/// <summary>Laws of Lag (2023:196) on the duty file: the transition day, the two-year clock, the day the act came into force.</summary>
public sealed class CrimePreventionDutyProperties
{
    private static readonly CrimePreventionDutyFile Example = SeedCatalogue.ExampleDutyFile;

    private static readonly HashSet<string> ActRuleIds = [.. CrimePreventionDutyDocument.Descriptor.Rules.Select(r => r.Metadata.Id)];

    /// <summary>A day from the act's entry into force to the end of 2030.</summary>
    private static readonly Arbitrary<DateOnly> ActDays = Arb.From(
        Gen.Choose(CrimePreventionAct.InForce.DayNumber, new DateOnly(2030, 12, 31).DayNumber).Select(DateOnly.FromDayNumber),
        d => ShrinkDate(d).Where(x => x >= CrimePreventionAct.InForce));

    private static readonly CompiledRuleSet ActRules = new RuleSetBuilder().Add(CrimePreventionDutyDocument.Descriptor.Rules).Build();

    private static IReadOnlyList<Finding> Findings(CrimePreventionDutyFile file, DateOnly asOf)
    {
        var session = ActRules.OpenSession(new SessionOptions { AsOf = asOf });
        session.InsertAll(DutyFacts.From(file));
        session.Fire();
        return session.Findings;
    }

    private static bool Has(CrimePreventionDutyFile file, DateOnly asOf, string ruleId) =>
        TrygghetValidator.Default.Validate(file, asOf).Findings.Any(f => f.RuleId == ruleId);

    private static CrimePreventionDutyFile WithPlanDecided(DateOnly decided, params DateOnly[] followUps)
    {
        var plan = Example.ActionPlans[0];
        return Example with
        {
            ActionPlans = [Decided(plan, decided) with { FollowUps = [.. followUps.Select(d => new PlanFollowUp(d))] }],
        };
    }

    [Fact]
    public void FirstPlan_IsLate_ExactlyWhenDecidedAfterTheTransitionDay() =>
        Prop.ForAll(ActDays, ActDays, (decided, asOf) =>
        {
            var known = asOf >= decided && asOf >= CrimePreventionAct.PlanRequiredFrom;
            var late = Has(WithPlanDecided(decided), asOf, "BFL-5-ATGARDSPLAN-SEN");
            return late == (known && decided > CrimePreventionAct.PlanRequiredFrom);
        })
        .Check(Thorough);

    [Fact]
    public void PlanDecidedOnTheDayBeforeTheTransitionDay_IsInTime()
    {
        var file = WithPlanDecided(new DateOnly(2024, 6, 30));
        foreach (var asOf in new[] { new DateOnly(2024, 6, 30), new DateOnly(2024, 7, 1), new DateOnly(2025, 1, 1) })
        {
            Assert.False(Has(file, asOf, "BFL-5-ATGARDSPLAN-SEN"));
            Assert.False(Has(file, asOf, "BFL-5-ATGARDSPLAN-SAKNAS"));
        }
    }

    [Fact]
    public void FollowUp_IsLate_ExactlyWhenMoreThanTwoYearsAfterTheDecision() =>
        Prop.ForAll(ActDays, Arb.From(Gen.Choose(-400, 400)), (decided, offset) =>
        {
            var followUp = decided.AddYears(2).AddDays(offset);
            var file = WithPlanDecided(decided, followUp);
            var asOf = followUp.AddDays(1);
            return Has(file, asOf, "BFL-6-UPPFOLJNING-SEN") == (offset > 0);
        })
        .Check(Thorough);

    [Fact]
    public void FollowUp_TwoYearsAndOneDayAfterTheLast_IsLate() =>
        Prop.ForAll(ActDays, Arb.From(Gen.Choose(1, 730)), (decided, gap) =>
        {
            var last = decided.AddDays(gap);
            var next = last.AddYears(2).AddDays(1);
            var findings = Findings(WithPlanDecided(decided, last, next), next);
            var late = findings.Where(f => f.RuleId == "BFL-6-UPPFOLJNING-SEN").ToList();
            return late.Count == 1 && Equals(late[0].Arguments.Single(a => a.Key == "deadline").Value, last.AddYears(2));
        })
        .Check(Thorough);

    [Fact]
    public void FollowUpsNeverMoreThan730DaysApart_NeverLapse() =>
        Prop.ForAll(ActDays, Arb.From(Gen.ListOf(Gen.Choose(1, 730)), gaps => gaps.Count > 0 ? [gaps.Skip(1).ToList()] : []), Arb.From(Gen.Choose(0, 730)), (decided, gaps, tail) =>
        {
            var days = new List<DateOnly>();
            var day = decided;
            foreach (var gap in gaps)
            {
                day = day.AddDays(gap);
                days.Add(day);
            }

            return CrimePreventionAct.EveryTwoYears(decided, days, day.AddDays(tail)).IsEmpty
                && !Findings(WithPlanDecided(decided, [.. days]), day.AddDays(tail)).Any(f => f.RuleId.StartsWith("BFL-6-UPPFOLJNING", StringComparison.Ordinal));
        })
        .Check(Thorough);

    [Fact]
    public void LagesbildUpdate_IsLate_ExactlyWhenMoreThanTwoYearsAfterTheLast() =>
        Prop.ForAll(ActDays, Arb.From(Gen.Choose(-400, 400)), (first, offset) =>
        {
            var update = first.AddYears(2).AddDays(offset);
            var reports = Example.SituationReports;
            var file = Example with { SituationReports = [Redated(reports[0], first), Redated(reports[1], update)] };
            return Has(file, update, "BFL-6-LAGESBILD-SEN") == (offset > 0);
        })
        .Check(Thorough);

    [Fact]
    public void BeforeTheAct_NoFindingOfTheAct_AndNoError() =>
        Prop.ForAll(Dates, Arb.From(Gen.Elements(false, true)), (asOf, empty) =>
        {
            var day = asOf < CrimePreventionAct.InForce ? asOf : DateOnly.FromDayNumber(CrimePreventionAct.InForce.DayNumber - 1 - (asOf.DayNumber % 3000));
            var report = TrygghetValidator.Default.Validate(empty ? new CrimePreventionDutyFile("T", "K") : Example, day);
            return report.Findings.All(f => !ActRuleIds.Contains(f.RuleId) && f.RuleId == "RULE-NO-VERSION") && report.IsCompliant;
        })
        .Check(Thorough);

    [Fact]
    public void ForgettingARecord_NeverMakesAnError() =>
        Prop.ForAll(Arb.From(Gen.Choose(0, (1 << 9) - 1)), ActDays, (mask, asOf) =>
        {
            bool Drop(int bit) => (mask & (1 << bit)) != 0;
            var plan = Example.ActionPlans[0];
            var report = Example.SituationReports[1];
            var file = Example with
            {
                SituationReports = Drop(0) ? [Example.SituationReports[0]] : Example.SituationReports,
                ActionPlans = Drop(1) ? [] : [plan with { FollowUps = Drop(2) ? [] : plan.FollowUps, Decision = Drop(3) ? null : plan.Decision }],
                StrategicCouncil = Drop(4) ? null : Example.StrategicCouncil,
                CoordinationFunction = Drop(5) ? null : Example.CoordinationFunction! with { Informs = null },
                ReportsToCouncil = Drop(6) ? [] : Example.ReportsToCouncil,
                Agreements = Drop(7) ? [] : Example.Agreements,
            };
            if (Drop(8) && file.SituationReports.Count == 2)
            {
                file = file with { SituationReports = [file.SituationReports[0], report with { Analysis = null, Mapping = null }] };
            }

            return TrygghetValidator.Default.Validate(file, asOf).ErrorCount == 0;
        })
        .Check(Thorough);
}
