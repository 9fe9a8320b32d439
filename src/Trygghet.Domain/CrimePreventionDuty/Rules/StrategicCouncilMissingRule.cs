using Trygghet.Domain.CrimePreventionDuty.Facts;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.CrimePreventionDuty.Rules;

/// <summary>Inget strategiskt råd registrerat (10 §, a duty of effort).</summary>
internal sealed class StrategicCouncilMissingRule : Rule
{
    /// <inheritdoc/>
    public override RuleMetadata Metadata { get; } = new()
    {
        Id = "BFL-10-RAD-SAKNAS",
        Name = new("Inget strategiskt råd registrerat", "No strategic council recorded"),
        Description = new(
            "Kommunen ska verka för att strategiska brottsförebyggande frågor hanteras i ett strategiskt råd (en skyldighet att verka för, därför en upplysning).",
            "The municipality is to work towards a strategic council for strategic crime-prevention questions (a duty of effort, hence information)."),
        Message = new(
            "Filen registrerar inget strategiskt råd.",
            "The file records no strategic council."),
        Basis = DutyBases.Section10,
        DefaultSeverity = Severity.Info,
        Tags = ["crime-prevention", "council", "duty-of-effort"],
    };

    /// <inheritdoc/>
    protected override void Define(RuleBuilder rule) =>
        rule.Match<StrategicCouncilFact>()
            .Then((ctx, f) =>
            {
                if (f.Council is null)
                {
                    ctx.Report(f.Path);
                }
            });
}
