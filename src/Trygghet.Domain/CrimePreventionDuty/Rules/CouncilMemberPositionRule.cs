using Trygghet.Domain.CrimePreventionDuty.Facts;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.CrimePreventionDuty.Rules;

/// <summary>Aktör utan ledande befattning i rådet (10 §, a duty of effort: another actor takes part through a representative the file records as not in a leading position).</summary>
internal sealed class CouncilMemberPositionRule : Rule
{
    /// <inheritdoc/>
    public override RuleMetadata Metadata { get; } = new()
    {
        Id = "BFL-10-RAD-BEFATTNING",
        Basis = DutyBases.Section10,
        DefaultSeverity = Severity.Info,
        Tags = ["crime-prevention", "council", "duty-of-effort"],
    };

    /// <inheritdoc/>
    protected override void Define(RuleBuilder rule) =>
        rule.Match<StrategicCouncilFact>()
            .Then((ctx, f) =>
            {
                if (f.Council is { } council)
                {
                    for (var i = 0; i < council.Members.Count; i++)
                    {
                        var member = council.Members[i];
                        if (!member.Municipal && member.LeadingPosition == false)
                        {
                            ctx.Report(JsonPath.Item(f.Path, "members", i), ("organisation", member.Organisation), ("position", member.Position));
                        }
                    }
                }
            });
}
