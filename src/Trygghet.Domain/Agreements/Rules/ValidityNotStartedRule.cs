using Trygghet.Domain.Agreements;
using Trygghet.Domain.Agreements.Facts;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.Agreements.Rules;

/// <summary>GILTIGHET-EJ-BORJAD: the document's validity has not begun on the as-of date.</summary>
internal sealed class ValidityNotStartedRule : Rule
{
    /// <inheritdoc/>
    public override RuleMetadata Metadata { get; } = new()
    {
        Id = "GILTIGHET-EJ-BORJAD",
        Basis = AgreementBases.Validity,
        DefaultSeverity = Severity.Info,
        Tags = ["agreement", "promise", "validity"],
    };

    /// <inheritdoc/>
    protected override void Define(RuleBuilder rule) =>
        rule.Match<DocumentValidityFact>()
            .Then((ctx, v) =>
            {
                if (DocumentValidity.Evaluate(v.Validity, ctx.AsOf, 0) == ValidityStatus.NotYetValid)
                {
                    ctx.Report(v.Path, ("caseNumber", v.CaseNumber), ("start", v.Validity.Start));
                }
            });
}
