using Trygghet.Domain.CrimePreventionDuty;
using Trygghet.Domain.CrimePreventionDuty.Facts;
using Trygghet.Domain.CrimePreventionDuty.Rules;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Samples;
using Trygghet.Domain.Validation;

using static Trygghet.Domain.Tests.CrimePreventionDuty.DutyFileEdits;
using Trygghet.Domain.Tests.Rules;

namespace Trygghet.Domain.Tests.CrimePreventionDuty.Rules;

public sealed class DutyRulesTests
{
    private static readonly CrimePreventionDutyFile Example = SeedCatalogue.ExampleDutyFile;
    private static readonly CrimePreventionDutyFile Empty = new("Tom fil", "Exempelby kommun");

    private static string[] Messages(CrimePreventionDutyFile file, DateOnly asOf, RuleSettings? settings = null) =>
        [.. RuleHarness.Run(CrimePreventionDutyDocument.Descriptor.Rules, DutyFacts.From(file), asOf, settings).Select(f => $"{f.RuleId} {f.Path}: {f.Message.Swedish}").Order(StringComparer.Ordinal)];

    private static string[] Ids(CrimePreventionDutyFile file, DateOnly asOf) =>
        [.. RuleHarness.Run(CrimePreventionDutyDocument.Descriptor.Rules, DutyFacts.From(file), asOf).Select(f => f.RuleId).Distinct().Order(StringComparer.Ordinal)];

    [Fact]
    public void Example_AsOfItsDemoDate_ReportsTheLapsedReportAndTwoNotes()
    {
        Assert.Equal(
            [
                "BFL-10-RAD-BEFATTNING $.strategicCouncil.members[4]: Exempelbyhem AB deltar i rådet med Trygghetsvärd, som enligt filen inte är en ledande befattning.",
                "BFL-13-RAPPORTERING $.reportsToCouncil: Ingen rapport till kommunfullmäktige registrerad från 2025-04-28 till och med 2026-04-28 (högst 12 månader mellan rapporterna).",
                "BFL-BRA-ATGARD-PROBLEM $.actionPlans[0].measures[4].problems: Åtgärden Trygghetsvandringar med bostadsbolaget två gånger per år i Åtgärdsplan för brottsförebyggande arbete 2024-2026 är inte kopplad till något problem i planens lägesbild.",
            ],
            Messages(Example, new DateOnly(2026, 9, 30)));
    }

    [Fact]
    public void Example_IsCompliant_AndItsFindingsFollowTheBasisKinds()
    {
        var report = TrygghetValidator.Default.Validate(Example, new DateOnly(2026, 9, 30));
        Assert.True(report.IsCompliant);
        Assert.Equal(1, report.WarningCount);
        Assert.Equal(2, report.InfoCount);
    }

    [Fact]
    public void EmptyFile_AfterTheTransition_IsOnlyNotRecorded_NeverAnError()
    {
        Assert.Equal(
            [
                "BFL-10-RAD-SAKNAS", "BFL-11-SAMORDNINGSFUNKTION-SAKNAS", "BFL-13-RAPPORTERING", "BFL-4-LAGESBILD-SAKNAS",
                "BFL-5-ATGARDSPLAN-SAKNAS", "BFL-9-OVERENSKOMMELSE-SAKNAS",
            ],
            Ids(Empty, new DateOnly(2025, 1, 1)));
        Assert.True(TrygghetValidator.Default.Validate(Empty, new DateOnly(2025, 1, 1)).IsCompliant);
    }

    [Fact]
    public void EmptyFile_BeforeTheTransition_AsksForNoPlan() =>
        Assert.DoesNotContain("BFL-5-ATGARDSPLAN-SAKNAS", Ids(Empty, new DateOnly(2024, 6, 30)));

    [Fact]
    public void PartRecordedAbsent_IsAnError_PartNotRecorded_IsANote()
    {
        var report = Example.SituationReports[1];
        var file = Example with { SituationReports = [Example.SituationReports[0], report with { Analysis = new SituationReportPart(false), Mapping = null }] };
        var messages = Messages(file, new DateOnly(2026, 1, 1));
        Assert.Contains("BFL-4-LAGESBILD-DEL $.situationReports[1].analysis: Lägesbilden LB-2025 saknar den del som 4 § punkt 3 kräver.", messages);
        Assert.Contains("BFL-4-LAGESBILD-DEL-EJ-REGISTRERAD $.situationReports[1].mapping: Filen anger inte om lägesbilden LB-2025 innehåller den del som 4 § punkt 1 kräver.", messages);
    }

    [Fact]
    public void LagesbildBeforeTheAct_IsNotHeldTo4Section()
    {
        var old = new SituationReport("LB-2021", new DateOnly(2021, 5, 1), "Hela kommunen") { Analysis = new SituationReportPart(false) };
        Assert.DoesNotContain(Ids(Example with { SituationReports = [old, .. Example.SituationReports] }, new DateOnly(2026, 1, 1)), id => id.StartsWith("BFL-4-", StringComparison.Ordinal));
    }

    [Fact]
    public void PlanResting_OnALaterLagesbild_IsAnError()
    {
        var plan = Example.ActionPlans[0] with { SituationReportId = "LB-2025" };
        Assert.Contains(
            "BFL-5-UNDERLAG-SENARE $.actionPlans[0].situationReportId: Åtgärdsplanen Åtgärdsplan för brottsförebyggande arbete 2024-2026 beslutades 2024-05-13 men vilar på lägesbilden LB-2025 från 2025-09-22.",
            Messages(Example with { ActionPlans = [plan] }, new DateOnly(2026, 1, 1)));
    }

    [Fact]
    public void PlanResting_OnNoLagesbildOfTheFile_IsNotRecorded()
    {
        var plan = Example.ActionPlans[0] with { SituationReportId = "LB-1999" };
        Assert.Contains("BFL-5-UNDERLAG-SAKNAS", Ids(Example with { ActionPlans = [plan] }, new DateOnly(2026, 1, 1)));
    }

    [Fact]
    public void PlanFollowUp_NoneRecordedTwoYearsOn_IsAWarning_ALateOne_IsAnError()
    {
        var plan = Example.ActionPlans[0];
        Assert.Contains(
            "BFL-6-UPPFOLJNING-EJ-REGISTRERAD $.actionPlans[0].followUps: Åtgärdsplanen Åtgärdsplan för brottsförebyggande arbete 2024-2026 skulle ha följts upp senast 2026-05-13; filen registrerar ingen uppföljning sedan dess.",
            Messages(Example with { ActionPlans = [plan with { FollowUps = [] }] }, new DateOnly(2026, 5, 14)));
        Assert.Contains(
            "BFL-6-UPPFOLJNING-SEN $.actionPlans[0].followUps: Åtgärdsplanen Åtgärdsplan för brottsförebyggande arbete 2024-2026 skulle ha följts upp senast 2026-05-13 men följdes upp 2026-05-14.",
            Messages(Example with { ActionPlans = [plan with { FollowUps = [new PlanFollowUp(new DateOnly(2026, 5, 14))] }] }, new DateOnly(2026, 6, 1)));
    }

    [Fact]
    public void PlanFollowUp_ClockStopsWhenTheNextPlanIsDecided()
    {
        var first = Example.ActionPlans[0] with { FollowUps = [] };
        var second = Decided(first, new DateOnly(2026, 3, 2), "Åtgärdsplan 2026-2028");
        Assert.DoesNotContain(
            Ids(Example with { ActionPlans = [first, second] }, new DateOnly(2026, 9, 30)),
            id => id.StartsWith("BFL-6-UPPFOLJNING", StringComparison.Ordinal));
    }

    [Fact]
    public void Lagesbild_UpdatedTwoYearsAndADayLater_IsLate()
    {
        var first = Example.SituationReports[0];
        var late = Redated(Example.SituationReports[1], first.Date.AddYears(2).AddDays(1));
        Assert.Contains(
            "BFL-6-LAGESBILD-SEN $.situationReports: Lägesbilden skulle ha uppdaterats senast 2025-10-16 men uppdaterades 2025-10-17.",
            Messages(Example with { SituationReports = [first, late] }, new DateOnly(2026, 1, 1)));
    }

    [Fact]
    public void Council_NotLedByTheMunicipality_IsAWarning()
    {
        var file = Example with { StrategicCouncil = Example.StrategicCouncil! with { LedByMunicipality = false } };
        var finding = RuleHarness.Run(CrimePreventionDutyDocument.Descriptor.Rules, DutyFacts.From(file), new DateOnly(2026, 1, 1)).Single(f => f.RuleId == "BFL-10-RAD-LEDNING");
        Assert.Equal(Severity.Warning, finding.Severity);
    }

    [Fact]
    public void CoordinationFunction_TaskNotAssigned_IsAnError_NotRecorded_IsANote()
    {
        var file = Example with { CoordinationFunction = Example.CoordinationFunction! with { ContactPoint = false, Informs = null } };
        var messages = Messages(file, new DateOnly(2026, 1, 1));
        Assert.Contains("BFL-12-UPPGIFT-SAKNAS $.coordinationFunction.contactPoint: Samordningsfunktionen har enligt filen inte den uppgift som 12 § punkt 2 anger.", messages);
        Assert.Contains("BFL-12-UPPGIFT-EJ-REGISTRERAD $.coordinationFunction.informs: Filen anger inte om samordningsfunktionen har den uppgift som 12 § punkt 3 anger.", messages);
    }

    [Fact]
    public void CoordinationFunction_StartingAfterTheDate_IsNotInPlace()
    {
        var file = Example with { CoordinationFunction = Example.CoordinationFunction! with { From = new DateOnly(2026, 2, 1) } };
        Assert.Contains("BFL-11-SAMORDNINGSFUNKTION-SAKNAS", Ids(file, new DateOnly(2026, 1, 1)));
        Assert.DoesNotContain("BFL-11-SAMORDNINGSFUNKTION-SAKNAS", Ids(file, new DateOnly(2026, 2, 1)));
    }

    [Fact]
    public void Agreement_ExpiredOnTheDate_IsANoteUnder9Section() =>
        Assert.Contains("BFL-9-OVERENSKOMMELSE-SAKNAS", Ids(Example, new DateOnly(2028, 1, 1)));

    [Fact]
    public void ReportingInterval_IsASetting()
    {
        var settings = RuleSettings.Empty.With(new CrimePreventionDutySettings { ReportingIntervalMonths = 18 });
        Assert.DoesNotContain(Messages(Example, new DateOnly(2026, 9, 30), settings), m => m.StartsWith("BFL-13", StringComparison.Ordinal));
        Assert.Equal(
            "ReportingIntervalMonths", Assert.Throws<ArgumentOutOfRangeException>(() => new CrimePreventionDutySettings { ReportingIntervalMonths = 0 }).ParamName);
    }

    [Fact]
    public void EveryDutyRule_CitesLag2023196OrBra_InForceFromTheAct()
    {
        Assert.All(CrimePreventionDutyDocument.Descriptor.Rules, rule =>
        {
            Assert.Equal(CrimePreventionAct.InForce, rule.Metadata.Basis.InForceFrom);
            Assert.Null(rule.Metadata.Basis.InForceTo);
            var expected = rule.Metadata.Basis.Kind == BasisKind.Law ? "Lag (2023:196)" : "Brå, Arbeta brottsförebyggande";
            Assert.StartsWith(expected, rule.Metadata.Basis.Citation.Swedish, StringComparison.Ordinal);
            Assert.Equal(rule.Metadata.Id.StartsWith("BFL-BRA", StringComparison.Ordinal) ? BasisKind.Guidance : BasisKind.Law, rule.Metadata.Basis.Kind);
        });
    }
}
