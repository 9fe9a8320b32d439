using Trygghet.Domain.CrimePreventionDuty.Facts;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.CrimePreventionDuty.Rules;

/// <summary>Ingen uppdatering av lägesbilden registrerad (6 §: two years passed since the last lägesbild).</summary>
internal sealed class SituationReportNotUpdatedRule : Rule
{
    /// <inheritdoc/>
    public override RuleMetadata Metadata { get; } = new()
    {
        Id = "BFL-6-LAGESBILD-EJ-UPPDATERAD",
        Basis = DutyBases.Section6,
        DefaultSeverity = Severity.Warning,
        Tags = ["crime-prevention", "situation-report", "not-recorded"],
    };

    /// <inheritdoc/>
    protected override void Define(RuleBuilder rule) =>
        rule.Match<SituationReportsFact>()
            .Then((ctx, f) =>
            {
                if (DutyReports.SituationReportClockStart(f.Dates, ctx.AsOf) is { } start)
                {
                    foreach (var lapse in DutyReports.Lapses(start, f.Dates, ctx.AsOf, late: false))
                    {
                        ctx.Report(f.Path, ("deadline", lapse.Deadline));
                    }
                }
            });
}
