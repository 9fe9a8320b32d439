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
        Name = new("Ingen samordningsfunktion registrerad", "No coordination function recorded"),
        Description = new(
            "Kommunen ska ha en samordningsfunktion för brottsförebyggande frågor.",
            "The municipality is to have a coordination function for crime prevention."),
        Message = new(
            "Filen registrerar ingen samordningsfunktion som finns {asOf}.",
            "The file records no coordination function in place on {asOf}."),
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
