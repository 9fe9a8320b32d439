using System.Collections.Immutable;
using Trygghet.Domain.Councils.Facts;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.Councils.Rules;

/// <summary>
/// För vagt för att avgöra (the report states the start of the council's duties so vaguely that it cannot decide
/// whether a duty was due: a due date missed if the duties began at the earliest day the start allows, but not due if
/// they began at the latest): a "not recorded" finding, one rule per duty.
/// </summary>
internal sealed class TooVagueRule(RuleMetadata metadata, Action<RuleBuilder> define) : DefinedRule(metadata, define)
{
    /// <summary>RAD-REDOGORELSE-FOR-VAG: whether a report at a halvårsbokslut or bokslut was due.</summary>
    public static TooVagueRule CouncilReport { get; } = new(
        NotRecorded("RAD-REDOGORELSE-FOR-VAG", CouncilBases.Reporting, "follow-up"),
        rule => Undecided<CouncilReportingDutyFact>(
            rule, f => (f.Path, f.DutiesFrom), (from, f, asOf) => CouncilDuties.Reports(from, f.Submissions, asOf), due => ("dueDate", due)));

    /// <summary>RAD-MEDBORGARDIALOG-FOR-VAG: whether a year without a citizen dialogue was under the duty.</summary>
    public static TooVagueRule CitizenDialogue { get; } = new(
        NotRecorded("RAD-MEDBORGARDIALOG-FOR-VAG", CouncilBases.Dialogue, "dialogue"),
        rule => Undecided<CouncilDialogueDutyFact>(
            rule, f => (f.Path, f.DutiesFrom), (from, f, asOf) => CouncilDuties.Dialogues(from, f.DialoguePeriods, asOf), due => ("year", due.Year)));

    private static RuleMetadata NotRecorded(string id, LegalBasis basis, string duty) =>
        new() { Id = id, Basis = basis, DefaultSeverity = Severity.Info, Tags = ["council", duty, "not-recorded"] };

    // Reports each due date of the duty missed when evaluated from the earliest start and not due from the latest.
    private static void Undecided<TFact>(
        RuleBuilder rule,
        Func<TFact, (string Path, ImpreciseDate DutiesFrom)> duty,
        Func<DateOnly, TFact, DateOnly, ImmutableArray<DutyPeriod>> periods,
        Func<DateOnly, (string, object?)> dueArgument) =>
        rule.Match<TFact>()
            .Then((ctx, f) =>
            {
                var (path, from) = duty(f);
                foreach (var due in CouncilDuties.Undecided(periods(from.Earliest, f, ctx.AsOf), periods(from.Latest, f, ctx.AsOf)))
                {
                    ctx.Report(path, ("dutiesFrom", from.ToString()), dueArgument(due));
                }
            });
}
