using System.Collections.Immutable;

using Trygghet.Domain.Rules;

namespace Trygghet.Domain.CrimePreventionDuty.Facts;

/// <summary>Fakta om lägesbilderna (the days of all lägesbilder, for 4 § and the 6 § clock).</summary>
/// <param name="Path">JSON path: <c>$.situationReports</c>.</param>
/// <param name="Dates">The day of each lägesbild.</param>
public sealed record SituationReportsFact(string Path, EquatableArray<DateOnly> Dates) : IFact;

/// <summary>Fakta om en lägesbild (one lägesbild and its three parts).</summary>
/// <param name="Path">JSON path, e.g. <c>$.situationReports[0]</c>.</param>
/// <param name="Id">The lägesbild's id.</param>
/// <param name="Date">Its day.</param>
/// <param name="Parts">Whether each part of 4 § (point 1, 2, 3) is present; null where not recorded.</param>
public sealed record SituationReportFact(string Path, string Id, DateOnly Date, EquatableArray<bool?> Parts) : IFact;

/// <summary>Fakta om åtgärdsplanerna (the decision days of all plans, for 5 § and the transition).</summary>
/// <param name="Path">JSON path: <c>$.actionPlans</c>.</param>
/// <param name="Decisions">The decision day of each plan whose decision is recorded.</param>
public sealed record ActionPlansFact(string Path, EquatableArray<DateOnly> Decisions) : IFact;

/// <summary>Fakta om en åtgärdsplan (one plan: its decision, its basis and its follow-ups).</summary>
/// <param name="Path">JSON path, e.g. <c>$.actionPlans[0]</c>.</param>
/// <param name="Title">The plan's title.</param>
/// <param name="Decided">The decision day; null when not recorded.</param>
/// <param name="Basis">The lägesbild it rests on, when that lägesbild is in the file; otherwise null.</param>
/// <param name="SupersededOn">The day the next plan was decided; null when none followed.</param>
/// <param name="FollowUps">The days of its follow-ups.</param>
public sealed record ActionPlanFact(
    string Path, string Title, DateOnly? Decided, SituationReportFact? Basis, DateOnly? SupersededOn, EquatableArray<DateOnly> FollowUps) : IFact;

/// <summary>Fakta om en åtgärd (one measure and whether it addresses a problem of the plan's lägesbild).</summary>
/// <param name="Path">JSON path, e.g. <c>$.actionPlans[0].measures[2]</c>.</param>
/// <param name="Plan">The plan's title.</param>
/// <param name="Description">The measure.</param>
/// <param name="AddressesKnownProblem">True when at least one of its problem ids is a problem of the plan's lägesbild.</param>
public sealed record MeasureFact(string Path, string Plan, string Description, bool AddressesKnownProblem) : IFact;

/// <summary>Fakta om samverkansöverenskommelserna (9 §).</summary>
/// <param name="Path">JSON path: <c>$.agreements</c>.</param>
/// <param name="Validities">The validity of each linked agreement; null where not recorded.</param>
public sealed record AgreementLinksFact(string Path, EquatableArray<DateRange?> Validities) : IFact;

/// <summary>Fakta om det strategiska rådet (10 §).</summary>
/// <param name="Path">JSON path: <c>$.strategicCouncil</c>.</param>
/// <param name="Council">The council; null when not recorded.</param>
public sealed record StrategicCouncilFact(string Path, StrategicCouncil? Council) : IFact;

/// <summary>Fakta om samordningsfunktionen (11-12 §).</summary>
/// <param name="Path">JSON path: <c>$.coordinationFunction</c>.</param>
/// <param name="Function">The function; null when not recorded.</param>
public sealed record CoordinationFunctionFact(string Path, CoordinationFunction? Function) : IFact;

/// <summary>Fakta om rapporteringen till kommunfullmäktige (13 §).</summary>
/// <param name="Path">JSON path: <c>$.reportsToCouncil</c>.</param>
/// <param name="Dates">The day of each report.</param>
public sealed record CouncilReportingFact(string Path, EquatableArray<DateOnly> Dates) : IFact;

/// <summary>Turns a <see cref="CrimePreventionDutyFile"/> into facts for the rules of Lag (2023:196).</summary>
internal static class DutyFacts
{
    /// <summary>The facts of a duty file, each with its JSON path.</summary>
    /// <param name="file">The duty file.</param>
    /// <returns>The facts.</returns>
    public static IEnumerable<object> From(CrimePreventionDutyFile file)
    {
        Guard.Against.Null(file);
        var reports = file.SituationReports;
        yield return new SituationReportsFact(JsonPath.Member(JsonPath.Root, "situationReports"), [.. reports.Select(r => r.Date)]);
        var reportFacts = new Dictionary<string, SituationReportFact>(StringComparer.Ordinal);
        for (var i = 0; i < reports.Count; i++)
        {
            var r = reports[i];
            var fact = new SituationReportFact(JsonPath.Item(JsonPath.Root, "situationReports", i), r.Id, r.Date, [.. r.Parts().Select(p => p?.Present)]);
            reportFacts[r.Id] = fact;
            yield return fact;
        }

        var decisions = file.ActionPlans.Select(p => p.Decision?.Date).OfType<DateOnly>().ToImmutableArray();
        yield return new ActionPlansFact(JsonPath.Member(JsonPath.Root, "actionPlans"), [.. decisions]);
        for (var i = 0; i < file.ActionPlans.Count; i++)
        {
            var plan = file.ActionPlans[i];
            var path = JsonPath.Item(JsonPath.Root, "actionPlans", i);
            var basis = plan.SituationReportId is { } id ? reportFacts.GetValueOrDefault(id) : null;
            var decided = plan.Decision?.Date;
            DateOnly? superseded = decided is { } d && decisions.Any(x => x > d) ? decisions.Where(x => x > d).Min() : null;
            yield return new ActionPlanFact(path, plan.Title, decided, basis, superseded, [.. plan.FollowUps.Select(f => f.Date)]);

            var problems = plan.SituationReportId is { } sid && reports.FirstOrDefault(r => r.Id == sid) is { } report
                ? report.Problems.Select(p => p.Id).ToHashSet(StringComparer.Ordinal)
                : [];
            for (var m = 0; m < plan.Measures.Count; m++)
            {
                var measure = plan.Measures[m];
                yield return new MeasureFact(
                    JsonPath.Item(path, "measures", m),
                    plan.Title,
                    measure.Description,
                    measure.Problems.Any(problems.Contains));
            }
        }

        yield return new AgreementLinksFact(JsonPath.Member(JsonPath.Root, "agreements"), [.. file.Agreements.Select(a => a.Validity)]);
        yield return new StrategicCouncilFact(JsonPath.Member(JsonPath.Root, "strategicCouncil"), file.StrategicCouncil);
        yield return new CoordinationFunctionFact(JsonPath.Member(JsonPath.Root, "coordinationFunction"), file.CoordinationFunction);
        yield return new CouncilReportingFact(JsonPath.Member(JsonPath.Root, "reportsToCouncil"), [.. file.ReportsToCouncil.Select(r => r.Date)]);
    }
}
