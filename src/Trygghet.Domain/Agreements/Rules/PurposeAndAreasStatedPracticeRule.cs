using Trygghet.Domain.Rules;
using Trygghet.Domain.Rules.Authoring;
namespace Trygghet.Domain.Agreements.Rules;

/// <summary>
/// SOK-SYFTE-OMRADEN, version before 2023-07-01: before Lag (2023:196) came into force the requirement rests on
/// practice (both seed agreements state their purpose and prioritised areas), so a finding is a warning.
/// </summary>
internal sealed class PurposeAndAreasStatedPracticeRule : Rule
{
    /// <inheritdoc/>
    public override RuleMetadata Metadata { get; } = new()
    {
        Id = "SOK-SYFTE-OMRADEN",
        Name = new("Syfte och områden ska anges", "Purpose and areas must be stated"),
        Description = new(
            "En samverkansöverenskommelse anger sitt syfte och sina prioriterade samverkansområden (praxis före Lag (2023:196)).",
            "A cooperation agreement states its purpose and prioritised areas (practice before Act 2023:196)."),
        Message = new(
            "{caseNumber} anger {missing}.",
            "{caseNumber} states {missing}."),
        Basis = AgreementBases.PurposeAndAreasPractice,
        DefaultSeverity = Severity.Warning,
        Tags = ["agreement", "practice"],
    };

    /// <inheritdoc/>
    protected override void Define(RuleBuilder rule) => PurposeAndAreasStatedRule.DefineCheck(rule);
}
