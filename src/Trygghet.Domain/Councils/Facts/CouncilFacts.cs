using System.Collections.Immutable;

using Trygghet.Domain.Rules;

namespace Trygghet.Domain.Councils.Facts;

/// <summary>Fakta om rådets redovisningsplikt (the council's duty to report at halvårsbokslut and bokslut).</summary>
/// <param name="Path">JSON path: <c>$.submissions</c>.</param>
/// <param name="DutiesFrom">The day the duty starts, as precisely as the report states it.</param>
/// <param name="Submissions">The reports given.</param>
public sealed record CouncilReportingDutyFact(string Path, ImpreciseDate DutiesFrom, EquatableArray<CouncilReportSubmission> Submissions) : IFact;

/// <summary>Fakta om rådets dialogplikt (the council's duty to hold one medborgardialog a year).</summary>
/// <param name="Path">JSON path: <c>$.dialogues</c>.</param>
/// <param name="DutiesFrom">The day the duty starts, as precisely as the report states it.</param>
/// <param name="DialoguePeriods">The periods of the dialogues.</param>
public sealed record CouncilDialogueDutyFact(string Path, ImpreciseDate DutiesFrom, EquatableArray<DateRange> DialoguePeriods) : IFact;

/// <summary>Turns a <see cref="SafetyCouncilReport"/> into facts for the council rules.</summary>
internal static class CouncilFacts
{
    /// <summary>
    /// The facts of a council report: the duties of the council's arbetsordning only when the report records from
    /// when they apply (<see cref="SafetyCouncilReport.DutiesFrom"/>); a report that records none declares no duty.
    /// </summary>
    /// <param name="report">The report.</param>
    /// <returns>The facts, each with its JSON path.</returns>
    public static IEnumerable<object> From(SafetyCouncilReport report)
    {
        Guard.Against.Null(report);
        if (report.DutiesFrom is not { } from)
        {
            yield break;
        }

        yield return new CouncilReportingDutyFact(JsonPath.Member(JsonPath.Root, "submissions"), from, report.Submissions);
        yield return new CouncilDialogueDutyFact(JsonPath.Member(JsonPath.Root, "dialogues"), from, report.Dialogues.Select(d => d.Period).ToImmutableArray());
    }
}
