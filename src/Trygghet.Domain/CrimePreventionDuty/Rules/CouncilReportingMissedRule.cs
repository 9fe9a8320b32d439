using Trygghet.Domain.CrimePreventionDuty.Facts;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.CrimePreventionDuty.Rules;

/// <summary>Ingen rapport till fullmäktige inom intervallet (13 §: reports are more than the set interval apart, or none is recorded).</summary>
internal sealed class CouncilReportingMissedRule : Rule
{
    /// <inheritdoc/>
    public override RuleMetadata Metadata { get; } = new()
    {
        Id = "BFL-13-RAPPORTERING",
        Basis = DutyBases.Section13,
        DefaultSeverity = Severity.Warning,
        Tags = ["crime-prevention", "reporting", "not-recorded"],
    };

    /// <inheritdoc/>
    protected override void Define(RuleBuilder rule) =>
        rule.Match<CouncilReportingFact>()
            .Then((ctx, f) =>
            {
                var months = ctx.Settings.Get<CrimePreventionDutySettings>().ReportingIntervalMonths;
                foreach (var lapse in CrimePreventionAct.EveryMonths(CrimePreventionAct.InForce, months, f.Dates, ctx.AsOf))
                {
                    ctx.Report(f.Path, ("since", lapse.Since), ("deadline", lapse.Deadline), ("months", months));
                }
            });
}
