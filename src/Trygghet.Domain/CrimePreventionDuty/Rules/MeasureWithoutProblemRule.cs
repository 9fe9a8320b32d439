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
        Name = new("Åtgärden är inte kopplad till lägesbilden", "Measure not linked to the situation report"),
        Description = new(
            "Brå: åtgärder väljs utifrån de problem som lägesbilden identifierar och deras orsaker.",
            "Brå: measures are chosen from the problems the situation report identifies and their causes."),
        Message = new(
            "Åtgärden {measure} i {plan} är inte kopplad till något problem i planens lägesbild.",
            "Measure {measure} in {plan} is not linked to any problem in the plan's situation report."),
        Basis = DutyBases.MeasuresFromProblems,
        DefaultSeverity = Severity.Info,
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
