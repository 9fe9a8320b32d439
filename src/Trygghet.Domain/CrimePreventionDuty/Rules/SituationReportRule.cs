using Trygghet.Domain.CrimePreventionDuty.Facts;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.CrimePreventionDuty.Rules;

/// <summary>Lägesbild (4 §: the municipality makes a lägesbild of mapping, other information and analysis).</summary>
internal sealed class SituationReportRule(RuleMetadata metadata, Action<RuleBuilder> define) : DefinedRule(metadata, define)
{
    /// <summary>BFL-4-LAGESBILD-SAKNAS: the file records no lägesbild as of the date.</summary>
    public static SituationReportRule Missing { get; } = new(
        DutyBases.Metadata("BFL-4-LAGESBILD-SAKNAS", DutyBases.Section4, Severity.Warning, "situation-report", "not-recorded"),
        rule => rule.ReportWhen<SituationReportsFact>((f, asOf) => !f.Dates.Any(d => d <= asOf), (_, asOf) => [("asOf", asOf)]));

    /// <summary>BFL-4-LAGESBILD-DEL: a lägesbild from 2023-07-01 on is recorded without one of its three parts.</summary>
    public static SituationReportRule PartMissing { get; } = new(
        DutyBases.Metadata("BFL-4-LAGESBILD-DEL", DutyBases.Section4, null, "situation-report"),
        rule => Parts(rule, present: false));

    /// <summary>BFL-4-LAGESBILD-DEL-EJ-REGISTRERAD: the file does not say whether a lägesbild has one of its parts.</summary>
    public static SituationReportRule PartNotRecorded { get; } = new(
        DutyBases.Metadata("BFL-4-LAGESBILD-DEL-EJ-REGISTRERAD", DutyBases.Section4, Severity.Info, "situation-report", "not-recorded"),
        rule => Parts(rule, present: null));

    private static void Parts(RuleBuilder rule, bool? present) =>
        rule.Match<SituationReportFact>(r => r.Date >= CrimePreventionAct.InForce)
            .Then((ctx, r) => DutyReports.EachPart(ctx, r, present));
}
