using Trygghet.Domain.CrimePreventionDuty.Facts;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.CrimePreventionDuty.Rules;

/// <summary>Ingen gällande samverkansöverenskommelse (9 §: no linked agreement is in force on the date; an agreement without a recorded validity counts as in force).</summary>
internal sealed class AgreementMissingRule : Rule
{
    /// <inheritdoc/>
    public override RuleMetadata Metadata { get; } = new()
    {
        Id = "BFL-9-OVERENSKOMMELSE-SAKNAS",
        Basis = DutyBases.Section9,
        DefaultSeverity = Severity.Info,
        Tags = ["crime-prevention", "agreement", "duty-of-effort"],
    };

    /// <inheritdoc/>
    protected override void Define(RuleBuilder rule) =>
        rule.Match<AgreementLinksFact>()
            .Then((ctx, f) =>
            {
                if (!f.Validities.Any(v => v is null || v.Value.Contains(ctx.AsOf)))
                {
                    ctx.Report(f.Path, ("asOf", ctx.AsOf));
                }
            });
}
