using Trygghet.Domain.Agreements.Facts;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.Agreements.Rules;

/// <summary>
/// SOK-SYFTE-OMRADEN, version from 2023-07-01: a written cooperation agreement states at least for which purposes
/// and in which areas the cooperation takes place (Lag (2023:196) 9 §).
/// </summary>
internal sealed class PurposeAndAreasStatedRule : Rule
{
    /// <inheritdoc/>
    public override RuleMetadata Metadata { get; } = new()
    {
        Id = "SOK-SYFTE-OMRADEN",
        Name = new("Syfte och områden ska anges", "Purpose and areas must be stated"),
        Description = new(
            "En överenskommelse om samverkan ska innehålla åtminstone uppgifter om för vilka syften och inom vilka områden samverkan ska ske.",
            "An agreement on cooperation must state at least the purposes and the areas of the cooperation."),
        Message = new(
            "{caseNumber} anger {missing}.",
            "{caseNumber} states {missing}."),
        Basis = AgreementBases.PurposeAndAreasLaw,
        DefaultSeverity = Severity.Error,
        Tags = ["agreement", "law"],
    };

    /// <inheritdoc/>
    protected override void Define(RuleBuilder rule) => DefineCheck(rule);

    /// <summary>The check both versions share.</summary>
    /// <param name="rule">The builder.</param>
    internal static void DefineCheck(RuleBuilder rule) =>
        rule.Match<AgreementFact>(a => !a.HasPurpose || a.AreaCount == 0)
            .Then((ctx, a) => ctx.Report(a.Path, ("caseNumber", a.CaseNumber), ("missing", Missing(a))));

    private static string Missing(AgreementFact a) => (a.HasPurpose, a.AreaCount > 0) switch
    {
        (false, false) => "inget syfte och inga samverkansområden (no purpose and no areas)",
        (false, _) => "inget syfte (no purpose)",
        _ => "inga samverkansområden (no areas)",
    };
}
