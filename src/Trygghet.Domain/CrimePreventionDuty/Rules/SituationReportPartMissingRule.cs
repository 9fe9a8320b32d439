using Trygghet.Domain.CrimePreventionDuty.Facts;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.CrimePreventionDuty.Rules;

/// <summary>Lägesbilden saknar en del (4 §: a lägesbild from 2023-07-01 on is recorded without one of its three parts).</summary>
internal sealed class SituationReportPartMissingRule : Rule
{
    /// <inheritdoc/>
    public override RuleMetadata Metadata { get; } = new()
    {
        Id = "BFL-4-LAGESBILD-DEL",
        Basis = DutyBases.Section4,
        Tags = ["crime-prevention", "situation-report"],
    };

    /// <inheritdoc/>
    protected override void Define(RuleBuilder rule) =>
        rule.Match<SituationReportFact>(r => r.Date >= CrimePreventionAct.InForce)
            .Then((ctx, r) => DutyReports.EachPart(ctx, r, present: false));
}
