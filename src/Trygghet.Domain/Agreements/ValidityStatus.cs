namespace Trygghet.Domain.Agreements;

/// <summary>Giltighetsstatus (where a date lies relative to a document's giltighetstid).</summary>
public enum ValidityStatus
{
    /// <summary>Ännu inte giltig (the date is before the first day).</summary>
    NotYetValid,

    /// <summary>Giltig (valid, and not in the warning window before the end).</summary>
    Valid,

    /// <summary>Upphör snart (valid, within the last days before the end; see <see cref="AgreementSettings.ExpiryWarningDays"/>).</summary>
    Expiring,

    /// <summary>Upphört (the date is after the last day).</summary>
    Expired,
}
