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
        Name = new("Ingen rapport till fullmäktige inom intervallet", "No report to the council within the interval"),
        Description = new(
            "Kommunstyrelsen, eller den nämnd fullmäktige beslutar, ska kontinuerligt rapportera om det brottsförebyggande arbetet till kommunfullmäktige; intervallet är en inställning.",
            "The executive board, or the committee the council decides, is to report continuously to the municipal council on crime prevention; the interval is a setting."),
        Message = new(
            "Ingen rapport till kommunfullmäktige registrerad från {since} till och med {deadline} (högst {months} månader mellan rapporterna).",
            "No report to the municipal council recorded from {since} to {deadline} inclusive (at most {months} months apart)."),
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
