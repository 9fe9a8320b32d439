using Trygghet.Domain.CrimePreventionDuty.Facts;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.CrimePreventionDuty.Rules;

/// <summary>Ingen samordningsfunktion registrerad (11 §: none in place on the date according to the file).</summary>
internal sealed class CoordinationFunctionMissingRule : Rule
{
    /// <inheritdoc/>
    public override RuleMetadata Metadata { get; } = new()
    {
        Id = "BFL-11-SAMORDNINGSFUNKTION-SAKNAS",
        Basis = DutyBases.Section11,
        DefaultSeverity = Severity.Warning,
        Tags = ["crime-prevention", "coordination", "not-recorded"],
    };

    /// <inheritdoc/>
    protected override void Define(RuleBuilder rule) =>
        rule.Match<CoordinationFunctionFact>()
            .Then((ctx, f) =>
            {
                if (f.Function is null || f.Function.From > ctx.AsOf)
                {
                    ctx.Report(f.Path, ("asOf", ctx.AsOf));
                }
            });
}
