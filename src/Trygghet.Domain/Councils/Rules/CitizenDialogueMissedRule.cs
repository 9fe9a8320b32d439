using Trygghet.Domain.Councils.Facts;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.Councils.Rules;

/// <summary>Medborgardialog saknas (a calendar year passed without a citizen dialogue).</summary>
internal sealed class CitizenDialogueMissedRule() : PeriodicDutyRule<CouncilDialogueDutyFact>(
    new() { Id = "RAD-MEDBORGARDIALOG-MISSAD", Basis = CouncilBases.Dialogue, Tags = ["council", "dialogue"] },
    (_, d) => [("year", d.Window.Start.Year)])
{
    /// <inheritdoc/>
    protected override string PathOf(CouncilDialogueDutyFact fact) => fact.Path;

    /// <inheritdoc/>
    protected override IEnumerable<DutyPeriod> Periods(IRuleContext ctx, CouncilDialogueDutyFact fact) =>
        CouncilDuties.Dialogues(fact.DutiesFrom.Latest, fact.DialoguePeriods, ctx.AsOf);
}
