using Trygghet.Domain.CrimePreventionDuty.Facts;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.CrimePreventionDuty.Rules;

/// <summary>Samordningsfunktionens uppgift ej registrerad (12 §: the file does not say whether a task is assigned).</summary>
internal sealed class CoordinationTaskNotRecordedRule : Rule
{
    /// <inheritdoc/>
    public override RuleMetadata Metadata { get; } = new()
    {
        Id = "BFL-12-UPPGIFT-EJ-REGISTRERAD",
        Name = new("Samordningsfunktionens uppgift ej registrerad", "Coordination task not recorded"),
        Description = new(
            "Filen anger inte om samordningsfunktionen har en av de tre uppgifter som 12 § anger.",
            "The file does not say whether the coordination function has one of the three tasks of s. 12."),
        Message = new(
            "Filen anger inte om samordningsfunktionen har den uppgift som 12 § punkt {point} anger.",
            "The file does not say whether the coordination function has the task of s. 12 item {point}."),
        Basis = DutyBases.Section12,
        DefaultSeverity = Severity.Info,
        Tags = ["crime-prevention", "coordination", "not-recorded"],
    };

    /// <inheritdoc/>
    protected override void Define(RuleBuilder rule) =>
        rule.Match<CoordinationFunctionFact>()
            .Then((ctx, f) =>
            {
                DutyReports.EachTask(ctx, f, assigned: null);
            });
}
