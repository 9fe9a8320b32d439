using Trygghet.Domain.Agreements.Facts;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.Agreements.Rules;

/// <summary>
/// Giltighet (the validity rules shared by agreements and promises): the document's stated validity has not begun,
/// ends within the warning days (<see cref="AgreementSettings.ExpiryWarningDays"/>) or has ended, as of the date.
/// One rule class, one instance per state.
/// </summary>
internal sealed class ValidityRule(string id, Severity? severity, ValidityStatus status, Func<DocumentValidityFact, DateOnly, (string, object?)[]> arguments)
    : DeclaredRule(new RuleMetadata { Id = id, Basis = AgreementBases.Validity, Tags = ["agreement", "promise", "validity"] }.WithSeverity(severity))
{
    /// <summary>GILTIGHET-EJ-BORJAD: the validity has not begun on the date.</summary>
    public static ValidityRule NotStarted { get; } = new(
        "GILTIGHET-EJ-BORJAD", Severity.Info, ValidityStatus.NotYetValid, (v, _) => [("caseNumber", v.CaseNumber), ("start", v.Validity.Start)]);

    /// <summary>GILTIGHET-UPPHOR-SNART: the document is in the last days of its validity.</summary>
    public static ValidityRule Expiring { get; } = new(
        "GILTIGHET-UPPHOR-SNART",
        null,
        ValidityStatus.Expiring,
        (v, asOf) => [("caseNumber", v.CaseNumber), ("end", v.Validity.End), ("daysLeft", v.Validity.End.DayNumber - asOf.DayNumber)]);

    /// <summary>GILTIGHET-UPPHORD: the validity ended before the date.</summary>
    public static ValidityRule Expired { get; } = new(
        "GILTIGHET-UPPHORD", Severity.Info, ValidityStatus.Expired, (v, _) => [("caseNumber", v.CaseNumber), ("end", v.Validity.End)]);

    /// <inheritdoc/>
    protected override void Define(RuleBuilder rule) =>
        rule.Match<DocumentValidityFact>()
            .Then((ctx, v) =>
            {
                var warnDays = status == ValidityStatus.Expiring ? ctx.Settings.Get<AgreementSettings>().ExpiryWarningDays : 0;
                if (DocumentValidity.Evaluate(v.Validity, ctx.AsOf, warnDays) == status)
                {
                    ctx.Report(v.Path, arguments(v, ctx.AsOf));
                }
            });
}
