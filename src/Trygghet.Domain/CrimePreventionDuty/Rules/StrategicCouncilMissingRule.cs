using Trygghet.Domain.CrimePreventionDuty.Facts;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.CrimePreventionDuty.Rules;

/// <summary>Inget strategiskt råd registrerat (10 §, a duty of effort).</summary>
internal sealed class StrategicCouncilMissingRule : Rule
{
    /// <inheritdoc/>
    public override RuleMetadata Metadata { get; } = new()
    {
        Id = "BFL-10-RAD-SAKNAS",
        Basis = DutyBases.Section10,
        DefaultSeverity = Severity.Info,
        Tags = ["crime-prevention", "council", "duty-of-effort"],
    };

    /// <inheritdoc/>
    protected override void Define(RuleBuilder rule) =>
        rule.Match<StrategicCouncilFact>()
            .Then((ctx, f) =>
            {
                if (f.Council is null)
                {
                    ctx.Report(f.Path);
                }
            });
}
