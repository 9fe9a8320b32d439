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
        Name = new("Ingen uppdatering av lägesbilden registrerad", "No update of the situation report recorded"),
        Description = new(
            "Kommunen ska minst vartannat år uppdatera lägesbilden; filen registrerar ingen uppdatering sedan fristen.",
            "The municipality is to update the situation report at least every second year; the file records no update since the deadline."),
        Message = new(
            "Lägesbilden skulle ha uppdaterats senast {deadline}; filen registrerar ingen uppdatering sedan dess.",
            "The situation report was due for an update by {deadline}; the file records none since."),
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
