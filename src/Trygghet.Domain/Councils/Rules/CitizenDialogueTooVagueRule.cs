using Trygghet.Domain.Councils.Facts;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.Councils.Rules;

/// <summary>
/// Medborgardialog: för vagt för att avgöra (the report states the start of the council's duties so vaguely that it
/// cannot decide whether a year without a citizen dialogue was under the duty): a "not recorded" finding.
/// </summary>
internal sealed class CitizenDialogueTooVagueRule : Rule
{
    /// <inheritdoc/>
    public override RuleMetadata Metadata { get; } = new()
    {
        Id = "RAD-MEDBORGARDIALOG-FOR-VAG",
        Basis = CouncilBases.Dialogue,
        DefaultSeverity = Severity.Info,
        Tags = ["council", "dialogue", "not-recorded"],
    };

    /// <inheritdoc/>
    protected override void Define(RuleBuilder rule) =>
        rule.Match<CouncilDialogueDutyFact>()
            .Then((ctx, d) =>
            {
                var undecided = CouncilDuties.Undecided(
                    CouncilDuties.Dialogues(d.DutiesFrom.Earliest, d.DialoguePeriods, ctx.AsOf),
                    CouncilDuties.Dialogues(d.DutiesFrom.Latest, d.DialoguePeriods, ctx.AsOf));
                foreach (var due in undecided)
                {
                    ctx.Report(d.Path, ("dutiesFrom", d.DutiesFrom.ToString()), ("year", due.Year));
                }
            });
}
