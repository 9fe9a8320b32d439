using Trygghet.Domain.CrimePreventionDuty.Facts;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.CrimePreventionDuty.Rules;

/// <summary>Samordningsfunktionen saknar en uppgift (12 §: the file records one of the three tasks as not assigned).</summary>
internal sealed class CoordinationTaskMissingRule : Rule
{
    /// <inheritdoc/>
    public override RuleMetadata Metadata { get; } = new()
    {
        Id = "BFL-12-UPPGIFT-SAKNAS",
        Name = new("Samordningsfunktionen saknar en uppgift", "Coordination function lacks a task"),
        Description = new(
            "Samordningsfunktionen ska särskilt samordna och stödja arbetet enligt lagen (1), vara kommunens kontaktpunkt mot externa aktörer (2) och bidra till att information om arbetet sprids till invånarna (3).",
            "The coordination function is in particular to coordinate and support the work under the act (1), be the municipality's contact point for external actors (2) and help spread information on the work to residents (3)."),
        Message = new(
            "Samordningsfunktionen har enligt filen inte den uppgift som 12 § punkt {point} anger.",
            "According to the file, the coordination function does not have the task of s. 12 item {point}."),
        Basis = DutyBases.Section12,
        Tags = ["crime-prevention", "coordination"],
    };

    /// <inheritdoc/>
    protected override void Define(RuleBuilder rule) =>
        rule.Match<CoordinationFunctionFact>()
            .Then((ctx, f) =>
            {
                DutyReports.EachTask(ctx, f, assigned: false);
            });
}
