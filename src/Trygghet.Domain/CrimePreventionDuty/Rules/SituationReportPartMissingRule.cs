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
        Name = new("Lägesbilden saknar en del", "Situation report lacks a part"),
        Description = new(
            "Lägesbilden ska innehålla en kartläggning av brottsligheten, dess omfattning och konsekvenser (1), annan information av betydelse (2) och en analys av kartläggningen och informationen (3).",
            "The situation report is to contain a mapping of crime, its extent and consequences (1), other relevant information (2) and an analysis of both (3)."),
        Message = new(
            "Lägesbilden {id} saknar den del som 4 § punkt {point} kräver.",
            "Situation report {id} lacks the part that s. 4 item {point} requires."),
        Basis = DutyBases.Section4,
        Tags = ["crime-prevention", "situation-report"],
    };

    /// <inheritdoc/>
    protected override void Define(RuleBuilder rule) =>
        rule.Match<SituationReportFact>(r => r.Date >= CrimePreventionAct.InForce)
            .Then((ctx, r) => DutyReports.EachPart(ctx, r, present: false));
}
