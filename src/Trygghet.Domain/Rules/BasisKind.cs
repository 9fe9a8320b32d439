namespace Trygghet.Domain.Rules;

/// <summary>
/// Grundens art (kind of basis) a rule rests on. It sets the rule's default severity and decides what a finding
/// means: only findings on a <see cref="Law"/> basis make a document unlawful.
/// </summary>
public enum BasisKind
{
    /// <summary>Lag (law): a statute paragraph in force on the evaluation date. Default severity error.</summary>
    Law,

    /// <summary>
    /// Dokumentet (the document itself): what the validated document commits to (its follow-up schedule, quotas,
    /// validity, numbering), cited by that document's own case number and section. Default severity warning.
    /// </summary>
    Document,

    /// <summary>Vägledning (guidance): published national guidance, cited by publisher and title. Default severity info.</summary>
    Guidance,
}
