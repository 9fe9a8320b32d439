using Trygghet.Domain.CrimePreventionDuty.Facts;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.CrimePreventionDuty.Rules;

/// <summary>Rådet leds inte av kommunen (10 §: the file records the strategic council as led by someone else).</summary>
internal sealed class StrategicCouncilLeadershipRule : Rule
{
    /// <inheritdoc/>
    public override RuleMetadata Metadata { get; } = new()
    {
        Id = "BFL-10-RAD-LEDNING",
        Basis = DutyBases.Section10,
        DefaultSeverity = Severity.Warning,
        Tags = ["crime-prevention", "council"],
    };

    /// <inheritdoc/>
    protected override void Define(RuleBuilder rule) =>
        rule.Match<StrategicCouncilFact>()
            .Then((ctx, f) =>
            {
                if (f.Council is { LedByMunicipality: false } council)
                {
                    ctx.Report(f.Path + ".ledByMunicipality", ("council", council.Name));
                }
            });
}
