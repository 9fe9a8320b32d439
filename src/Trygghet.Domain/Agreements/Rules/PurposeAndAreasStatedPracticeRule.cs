using Trygghet.Domain.Rules;
using Trygghet.Domain.Rules.Authoring;
namespace Trygghet.Domain.Agreements.Rules;

/// <summary>
/// SOK-SYFTE-OMRADEN, version before 2023-07-01: before Lag (2023:196) came into force the requirement rests on
/// guidance (Brå's handbook on what an agreement describes), so a finding is information.
/// </summary>
internal sealed class PurposeAndAreasStatedPracticeRule : Rule
{
    /// <inheritdoc/>
    public override RuleMetadata Metadata { get; } = new()
    {
        Id = "SOK-SYFTE-OMRADEN",
        MessageKey = "SOK-SYFTE-OMRADEN-VAGLEDNING",
        Basis = AgreementBases.PurposeAndAreasGuidance,
        Tags = ["agreement", "guidance"],
    };

    /// <inheritdoc/>
    protected override void Define(RuleBuilder rule) => PurposeAndAreasStatedRule.DefineCheck(rule);
}
