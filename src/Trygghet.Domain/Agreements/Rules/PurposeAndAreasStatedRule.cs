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
        Basis = AgreementBases.PurposeAndAreasLaw,
        Tags = ["agreement", "law"],
    };

    /// <inheritdoc/>
    protected override void Define(RuleBuilder rule) => DefineCheck(rule);

    /// <summary>The check both versions share.</summary>
    /// <param name="rule">The builder.</param>
    internal static void DefineCheck(RuleBuilder rule) =>
        rule.Match<AgreementFact>(a => !a.HasPurpose || a.AreaCount == 0)
            .Then((ctx, a) => ctx.Report(a.Path, ("caseNumber", a.CaseNumber), ("missing", Missing(a))));

    private static MissingContent Missing(AgreementFact a) => (a.HasPurpose, a.AreaCount > 0) switch
    {
        (false, false) => MissingContent.PurposeAndAreas,
        (false, _) => MissingContent.Purpose,
        _ => MissingContent.Areas,
    };
}

/// <summary>What an agreement does not state (a message argument, in words from the message catalogues).</summary>
internal enum MissingContent
{
    /// <summary>No purpose.</summary>
    Purpose,

    /// <summary>No areas.</summary>
    Areas,

    /// <summary>Neither purpose nor areas.</summary>
    PurposeAndAreas,
}
