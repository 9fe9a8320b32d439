using Trygghet.Domain.CrimePreventionDuty.Facts;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.CrimePreventionDuty.Rules;

/// <summary>Strategiskt råd (10 §: a council led by the municipality where other actors take part through people in leading positions).</summary>
internal sealed class StrategicCouncilRule(RuleMetadata metadata, Action<RuleBuilder> define) : DefinedRule(metadata, define)
{
    /// <summary>BFL-10-RAD-SAKNAS: no strategic council is recorded (a duty of effort).</summary>
    public static StrategicCouncilRule Missing { get; } = new(
        DutyBases.Metadata("BFL-10-RAD-SAKNAS", DutyBases.Section10, Severity.Info, "council", "duty-of-effort"),
        rule => rule.ReportWhen<StrategicCouncilFact>((f, _) => f.Council is null, (_, _) => []));

    /// <summary>BFL-10-RAD-LEDNING: the file records the strategic council as led by someone else than the municipality.</summary>
    public static StrategicCouncilRule Leadership { get; } = new(
        DutyBases.Metadata("BFL-10-RAD-LEDNING", DutyBases.Section10, Severity.Warning, "council"),
        rule => rule.ReportWhen<StrategicCouncilFact>(
            (f, _) => f.Council is { LedByMunicipality: false }, (f, _) => [("council", f.Council!.Name)], "ledByMunicipality"));

    /// <summary>
    /// BFL-10-RAD-BEFATTNING: another actor takes part through a representative the file records as not in a leading
    /// position (a duty of effort).
    /// </summary>
    public static StrategicCouncilRule MemberPosition { get; } = new(
        DutyBases.Metadata("BFL-10-RAD-BEFATTNING", DutyBases.Section10, Severity.Info, "council", "duty-of-effort"),
        rule => rule.Match<StrategicCouncilFact>(f => f.Council is not null)
            .Then((ctx, f) =>
            {
                var members = f.Council!.Members;
                for (var i = 0; i < members.Count; i++)
                {
                    if (!members[i].Municipal && members[i].LeadingPosition == false)
                    {
                        ctx.Report(JsonPath.Item(f.Path, "members", i), ("organisation", members[i].Organisation), ("position", members[i].Position));
                    }
                }
            }));
}
