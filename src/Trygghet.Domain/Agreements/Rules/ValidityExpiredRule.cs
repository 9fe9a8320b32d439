using Trygghet.Domain.Agreements;
using Trygghet.Domain.Agreements.Facts;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.Agreements.Rules;

/// <summary>GILTIGHET-UPPHORD: the document's validity ended before the as-of date.</summary>
internal sealed class ValidityExpiredRule : Rule
{
    /// <inheritdoc/>
    public override RuleMetadata Metadata { get; } = new()
    {
        Id = "GILTIGHET-UPPHORD",
        Basis = AgreementBases.Validity,
        DefaultSeverity = Severity.Info,
        Tags = ["agreement", "promise", "validity"],
    };

    /// <inheritdoc/>
    protected override void Define(RuleBuilder rule) =>
        rule.Match<DocumentValidityFact>()
            .Then((ctx, v) =>
            {
                if (DocumentValidity.Evaluate(v.Validity, ctx.AsOf, 0) == ValidityStatus.Expired)
                {
                    ctx.Report(v.Path, ("caseNumber", v.CaseNumber), ("end", v.Validity.End));
                }
            });
}
