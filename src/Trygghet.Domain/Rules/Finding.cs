using System.Collections.Immutable;
using Trygghet.Domain.Common;

namespace Trygghet.Domain.Rules;

/// <summary>
/// Iakttagelse (finding) reported by a rule, with its explanation: the rule id, the basis, the matched facts
/// and the argument values.
/// </summary>
/// <remarks>
/// Immutable. Equality is record equality; <see cref="Facts"/> and <see cref="Arguments"/> compare by reference.
/// </remarks>
public sealed record Finding
{
    /// <summary>Regel-id (the id of the rule that reported the finding).</summary>
    public required string RuleId { get; init; }

    /// <summary>Meddelandenyckel (the key of the rule's texts in the message catalogues).</summary>
    public required string MessageKey { get; init; }

    /// <summary>Allvarlighet (effective severity), after configuration.</summary>
    public required Severity Severity { get; init; }

    /// <summary>
    /// Meddelande (message): the rule's template with placeholders replaced, in Swedish and English (dates as
    /// yyyy-MM-dd, numbers invariant, enum values and bilingual values in each language's words).
    /// </summary>
    public required LocalizedText Message { get; init; }

    /// <summary>
    /// Grund (the basis of the rule version that reported the finding); a document basis cites the validated
    /// document itself (see <see cref="LegalBasis.WithDocument"/>).
    /// </summary>
    public required LegalBasis Basis { get; init; }

    /// <summary>Sökväg (path) of the document part the finding is about.</summary>
    public required string Path { get; init; }

    /// <summary>Matchade fakta (the matched tuple), in pattern order.</summary>
    public required ImmutableArray<object> Facts { get; init; }

    /// <summary>Argument (the named values the message was filled from), in the order reported.</summary>
    public required ImmutableArray<KeyValuePair<string, object?>> Arguments { get; init; }
}
