using Trygghet.Domain.CrimePreventionDuty.Facts;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.CrimePreventionDuty.Rules;

/// <summary>Del av lägesbilden ej registrerad (4 §: the file does not say whether a lägesbild has one of its parts).</summary>
internal sealed class SituationReportPartNotRecordedRule : Rule
{
    /// <inheritdoc/>
    public override RuleMetadata Metadata { get; } = new()
    {
        Id = "BFL-4-LAGESBILD-DEL-EJ-REGISTRERAD",
        Basis = DutyBases.Section4,
        DefaultSeverity = Severity.Info,
        Tags = ["crime-prevention", "situation-report", "not-recorded"],
    };

    /// <inheritdoc/>
    protected override void Define(RuleBuilder rule) =>
        rule.Match<SituationReportFact>(r => r.Date >= CrimePreventionAct.InForce)
            .Then((ctx, r) => DutyReports.EachPart(ctx, r, present: null));
}
