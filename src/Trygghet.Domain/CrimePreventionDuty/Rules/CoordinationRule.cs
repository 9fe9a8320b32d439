using Trygghet.Domain.CrimePreventionDuty.Facts;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.CrimePreventionDuty.Rules;

/// <summary>Samordningsfunktion (11 §: the municipality has a coordination function; 12 §: its three tasks).</summary>
internal sealed class CoordinationRule(RuleMetadata metadata, Action<RuleBuilder> define) : DefinedRule(metadata, define)
{
    /// <summary>BFL-11-SAMORDNINGSFUNKTION-SAKNAS: none in place on the date according to the file.</summary>
    public static CoordinationRule FunctionMissing { get; } = new(
        DutyBases.Metadata("BFL-11-SAMORDNINGSFUNKTION-SAKNAS", DutyBases.Section11, Severity.Warning, "coordination", "not-recorded"),
        rule => rule.ReportWhen<CoordinationFunctionFact>((f, asOf) => f.Function is null || f.Function.From > asOf, (_, asOf) => [("asOf", asOf)]));

    /// <summary>BFL-12-UPPGIFT-SAKNAS: the file records one of the three tasks as not assigned.</summary>
    public static CoordinationRule TaskMissing { get; } = new(
        DutyBases.Metadata("BFL-12-UPPGIFT-SAKNAS", DutyBases.Section12, null, "coordination"),
        rule => Tasks(rule, assigned: false));

    /// <summary>BFL-12-UPPGIFT-EJ-REGISTRERAD: the file does not say whether a task is assigned.</summary>
    public static CoordinationRule TaskNotRecorded { get; } = new(
        DutyBases.Metadata("BFL-12-UPPGIFT-EJ-REGISTRERAD", DutyBases.Section12, Severity.Info, "coordination", "not-recorded"),
        rule => Tasks(rule, assigned: null));

    private static void Tasks(RuleBuilder rule, bool? assigned) =>
        rule.Match<CoordinationFunctionFact>()
            .Then((ctx, f) => DutyReports.EachTask(ctx, f, assigned));
}
