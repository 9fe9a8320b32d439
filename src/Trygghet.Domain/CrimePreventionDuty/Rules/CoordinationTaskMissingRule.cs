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
