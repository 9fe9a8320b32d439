namespace Trygghet.Domain.Rules;

/// <summary>Allvarlighetsgrad (severity) of a finding. Only <see cref="Error"/> makes a document non-compliant.</summary>
public enum Severity
{
    /// <summary>Information (info): worth knowing, not a defect.</summary>
    Info,

    /// <summary>Varning (warning): probably a defect, worth a human look.</summary>
    Warning,

    /// <summary>Fel (error): the document does not comply with its basis.</summary>
    Error,
}
