using Trygghet.Domain.Finance;
using Trygghet.Domain.Finance.Facts;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.Finance.Rules;

/// <summary>Område hänvisar till okänd åtgärd (an area lists a measure number that does not exist).</summary>
internal sealed class UnknownMeasureReferenceRule : Rule
{
    /// <inheritdoc/>
    public override RuleMetadata Metadata { get; } = new()
    {
        Id = "FIN-ATGARD-OKAND",
        Name = new("Okänd åtgärd", "Unknown measure"),
        Description = new(
            "Ett område får bara hänvisa till åtgärder som beslutet räknar upp.",
            "An area may only refer to measures the decision lists."),
        Message = new(
            "Området hänvisar till åtgärd {number}, som inte finns.",
            "The area refers to measure {number}, which does not exist."),
        Basis = FinanceBases.SafetyCommissionAreas,
        DefaultSeverity = Severity.Error,
        Tags = ["finance", "measure"],
    };

    /// <inheritdoc/>
    protected override void Define(RuleBuilder rule) =>
        rule.Match<UnknownMeasureReferenceFact>()
            .Then((ctx, m) => ctx.Report(m.Path, ("number", m.Number)));
}
