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
