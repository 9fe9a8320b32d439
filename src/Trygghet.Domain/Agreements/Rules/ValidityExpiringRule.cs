using Trygghet.Domain.Agreements;
using Trygghet.Domain.Agreements.Facts;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.Agreements.Rules;

/// <summary>GILTIGHET-UPPHOR-SNART: the document is in the last days of its validity (see <see cref="AgreementSettings.ExpiryWarningDays"/>).</summary>
internal sealed class ValidityExpiringRule : Rule
{
    /// <inheritdoc/>
    public override RuleMetadata Metadata { get; } = new()
    {
        Id = "GILTIGHET-UPPHOR-SNART",
        Basis = AgreementBases.Validity,
        Tags = ["agreement", "promise", "validity"],
    };

    /// <inheritdoc/>
    protected override void Define(RuleBuilder rule) =>
        rule.Match<DocumentValidityFact>()
            .Then((ctx, v) =>
            {
                var warnDays = ctx.Settings.Get<AgreementSettings>().ExpiryWarningDays;
                if (DocumentValidity.Evaluate(v.Validity, ctx.AsOf, warnDays) == ValidityStatus.Expiring)
                {
                    ctx.Report(v.Path, ("caseNumber", v.CaseNumber), ("end", v.Validity.End), ("daysLeft", v.Validity.End.DayNumber - ctx.AsOf.DayNumber));
                }
            });
}
