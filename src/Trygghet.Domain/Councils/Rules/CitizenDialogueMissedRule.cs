using Trygghet.Domain.Councils;
using Trygghet.Domain.Councils.Facts;
using Trygghet.Domain.Plans;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.Councils.Rules;

/// <summary>Medborgardialog saknas (a calendar year passed without a citizen dialogue).</summary>
internal sealed class CitizenDialogueMissedRule : Rule
{
    /// <inheritdoc/>
    public override RuleMetadata Metadata { get; } = new()
    {
        Id = "RAD-MEDBORGARDIALOG-MISSAD",
        Basis = CouncilBases.Dialogue,
        Tags = ["council", "dialogue"],
    };

    /// <inheritdoc/>
    protected override void Define(RuleBuilder rule) =>
        rule.Match<CouncilDialogueDutyFact>()
            .Then((ctx, d) =>
            {
                foreach (var status in CouncilDuties.Dialogues(d.DutiesFrom.Latest, d.DialoguePeriods, ctx.AsOf))
                {
                    if (status.Status == FollowUpStatus.Missed)
                    {
                        ctx.Report(d.Path, ("year", status.Period.Start.Year));
                    }
                }
            });
}
