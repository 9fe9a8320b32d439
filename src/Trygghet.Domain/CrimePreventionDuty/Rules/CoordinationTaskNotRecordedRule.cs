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
