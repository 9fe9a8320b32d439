using Trygghet.Domain.CrimePreventionDuty.Facts;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.CrimePreventionDuty.Rules;

/// <summary>Planens lägesbild ej registrerad (5 §: the plan names no lägesbild of the file as its basis).</summary>
internal sealed class PlanBasisNotRecordedRule : Rule
{
    /// <inheritdoc/>
    public override RuleMetadata Metadata { get; } = new()
    {
        Id = "BFL-5-UNDERLAG-SAKNAS",
        Basis = DutyBases.Section5,
        DefaultSeverity = Severity.Warning,
        Tags = ["crime-prevention", "action-plan", "not-recorded"],
    };

    /// <inheritdoc/>
    protected override void Define(RuleBuilder rule) =>
        rule.Match<ActionPlanFact>()
            .Then((ctx, f) =>
            {
                if (f.Basis is null)
                {
                    ctx.Report(f.Path + ".situationReportId", ("plan", f.Title));
                }
            });
}
