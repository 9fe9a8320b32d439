using Trygghet.Domain.CrimePreventionDuty.Facts;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.CrimePreventionDuty.Rules;

/// <summary>Ingen lägesbild registrerad (4 §: the file records no lägesbild as of the date).</summary>
internal sealed class SituationReportMissingRule : Rule
{
    /// <inheritdoc/>
    public override RuleMetadata Metadata { get; } = new()
    {
        Id = "BFL-4-LAGESBILD-SAKNAS",
        Name = new("Ingen lägesbild registrerad", "No situation report recorded"),
        Description = new(
            "Kommunen ska ta fram en lägesbild över brottsligheten inom sitt geografiska område.",
            "The municipality is to produce a situation report on crime within its area."),
        Message = new(
            "Filen registrerar ingen lägesbild per {asOf}.",
            "The file records no situation report as of {asOf}."),
        Basis = DutyBases.Section4,
        DefaultSeverity = Severity.Warning,
        Tags = ["crime-prevention", "situation-report", "not-recorded"],
    };

    /// <inheritdoc/>
    protected override void Define(RuleBuilder rule) =>
        rule.Match<SituationReportsFact>()
            .Then((ctx, f) =>
            {
                if (!f.Dates.Any(d => d <= ctx.AsOf))
                {
                    ctx.Report(f.Path, ("asOf", ctx.AsOf));
                }
            });
}
