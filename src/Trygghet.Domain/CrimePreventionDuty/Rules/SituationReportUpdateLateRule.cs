using Trygghet.Domain.CrimePreventionDuty.Facts;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.CrimePreventionDuty.Rules;

/// <summary>Lägesbilden uppdaterades för sent (6 §: a new lägesbild came more than two years after the last).</summary>
internal sealed class SituationReportUpdateLateRule : Rule
{
    /// <inheritdoc/>
    public override RuleMetadata Metadata { get; } = new()
    {
        Id = "BFL-6-LAGESBILD-SEN",
        Basis = DutyBases.Section6,
        Tags = ["crime-prevention", "situation-report", "deadline"],
    };

    /// <inheritdoc/>
    protected override void Define(RuleBuilder rule) =>
        rule.Match<SituationReportsFact>()
            .Then((ctx, f) =>
            {
                if (DutyReports.SituationReportClockStart(f.Dates, ctx.AsOf) is { } start)
                {
                    foreach (var lapse in DutyReports.Lapses(start, f.Dates, ctx.AsOf, late: true))
                    {
                        ctx.Report(f.Path, ("deadline", lapse.Deadline), ("done", lapse.DoneOn));
                    }
                }
            });
}
