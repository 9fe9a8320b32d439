using Trygghet.Domain.CrimePreventionDuty.Facts;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.CrimePreventionDuty.Rules;

/// <summary>Åtgärden är inte kopplad till lägesbilden (guidance, Brå: a measure addresses no problem of the plan's lägesbild).</summary>
internal sealed class MeasureWithoutProblemRule : Rule
{
    /// <inheritdoc/>
    public override RuleMetadata Metadata { get; } = new()
    {
        Id = "BFL-BRA-ATGARD-PROBLEM",
        Basis = DutyBases.MeasuresFromProblems,
        Tags = ["crime-prevention", "action-plan", "guidance"],
    };

    /// <inheritdoc/>
    protected override void Define(RuleBuilder rule) =>
        rule.Match<MeasureFact>()
            .Then((ctx, f) =>
            {
                if (!f.AddressesKnownProblem)
                {
                    ctx.Report(f.Path + ".problems", ("measure", f.Description), ("plan", f.Plan));
                }
            });
}
