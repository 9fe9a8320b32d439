using System.Collections.Immutable;
using Trygghet.Domain.Common;

namespace Trygghet.Domain.Rules;

/// <summary>
/// Regelmetadata (rule metadata): what a rule is called, what it checks, what it rests on and how it reports.
/// The <see cref="Id"/> is a stable public contract: documented, never reused for another meaning.
/// </summary>
/// <remarks>
/// Equality is record equality; <see cref="Tags"/> compares by reference (an <see cref="ImmutableArray{T}"/>).
/// Metadata is validated when a rule set is built (<see cref="Runtime.RuleSetBuilder.Build"/>), not on construction.
/// </remarks>
public sealed record RuleMetadata
{
    /// <summary>Regel-id (stable rule id), e.g. "KL-5-69-JUSTERING": upper-case letters A-Z, digits and '-'.</summary>
    public required string Id { get; init; }

    /// <summary>Namn (name) of the rule.</summary>
    public required LocalizedText Name { get; init; }

    /// <summary>Beskrivning (description): what the rule checks.</summary>
    public required LocalizedText Description { get; init; }

    /// <summary>
    /// Meddelandemall (message template) with <c>{named}</c> placeholders filled from the arguments given to
    /// <see cref="Authoring.IRuleContext.Report"/>. Both languages must use the same placeholders.
    /// </summary>
    public required LocalizedText Message { get; init; }

    /// <summary>Rättslig grund (legal or documentary basis), with its in-force period (the rule version's period).</summary>
    public required LegalBasis Basis { get; init; }

    /// <summary>Standardallvarlighet (default severity) of the rule's findings; <see cref="Severity.Error"/> unless set.</summary>
    public Severity DefaultSeverity { get; init; } = Severity.Error;

    /// <summary>Taggar (tags) for grouping rules in catalogues.</summary>
    public ImmutableArray<string> Tags { get; init; } = [];

    /// <summary>Prioritet (priority) on the agenda: higher fires first (the NRules convention). Default 0.</summary>
    public int Priority { get; init; }
}
