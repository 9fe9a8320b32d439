using Trygghet.Domain.Councils.Facts;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.Councils.Rules;

/// <summary>
/// Redogörelse: för vagt för att avgöra (the report states the start of the council's duties so vaguely that it
/// cannot decide whether a report at a halvårsbokslut or bokslut was due): a "not recorded" finding.
/// </summary>
internal sealed class CouncilReportTooVagueRule : Rule
{
    /// <inheritdoc/>
    public override RuleMetadata Metadata { get; } = new()
    {
        Id = "RAD-REDOGORELSE-FOR-VAG",
        Basis = CouncilBases.Reporting,
        DefaultSeverity = Severity.Info,
        Tags = ["council", "follow-up", "not-recorded"],
    };

    /// <inheritdoc/>
    protected override void Define(RuleBuilder rule) =>
        rule.Match<CouncilReportingDutyFact>()
            .Then((ctx, d) =>
            {
                var undecided = CouncilDuties.Undecided(
                    CouncilDuties.Reports(d.DutiesFrom.Earliest, d.Submissions, ctx.AsOf),
                    CouncilDuties.Reports(d.DutiesFrom.Latest, d.Submissions, ctx.AsOf));
                foreach (var due in undecided)
                {
                    ctx.Report(d.Path, ("dutiesFrom", d.DutiesFrom.ToString()), ("dueDate", due));
                }
            });
}
