using Trygghet.Domain.Agreements.Facts;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.Agreements.Rules;

/// <summary>
/// SOK-INSATSNUMMER: a measure's number "A:N" repeats an earlier measure's number or names another area than the
/// one it stands under. One finding per measure (seed 002: the second "Insats 3:6", under area 4).
/// </summary>
internal sealed class MeasureNumberRule : Rule
{
    /// <inheritdoc/>
    public override RuleMetadata Metadata { get; } = new()
    {
        Id = "SOK-INSATSNUMMER",
        Basis = AgreementBases.MeasureNumbers,
        Tags = ["agreement", "action-plan"],
    };

    /// <inheritdoc/>
    protected override void Define(RuleBuilder rule) =>
        rule.Match<MeasureFact>(m => m.FirstUseIndex is not null || m.Number.Area != m.AreaNumber)
            .Then((ctx, m) => ctx.Report(
                JsonPath.Member(m.Path, "number"),
                ("number", m.Number.Text),
                ("area", m.AreaNumber),
                ("repeatsMeasureIndex", m.FirstUseIndex),
                ("wrongArea", m.Number.Area != m.AreaNumber)));
}
