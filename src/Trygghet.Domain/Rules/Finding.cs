using System.Collections.Immutable;

namespace Trygghet.Domain.Rules;

/// <summary>
/// Iakttagelse (finding) reported by a rule, with its explanation: the rule id, the basis, the matched facts
/// and the argument values.
/// </summary>
/// <remarks>
/// <para>
/// Immutable. Equality is record equality; <see cref="Facts"/> and <see cref="Arguments"/> compare by reference.
/// </para>
/// <para>
/// The engine's output, not the report's: what an <see cref="Runtime.IRuleEvaluator"/> returns, so a caller's own
/// engine builds it. It keeps what only the engine knows (the rule version's full <see cref="LegalBasis"/>, the
/// matched facts, the raw argument values); a validation report holds
/// <see cref="Validation.ValidationFinding"/>s made from it, with the rule's name and value equality.
/// </para>
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

    /// <summary>
    /// Sökväg (the JSON path of the document part the finding is about), in the style of a JSON read error:
    /// <c>$</c> for the document, <c>$.validity.end</c>, <c>$.agreements[1].actionPlan.measures[24].number</c>.
    /// </summary>
    public required string Path { get; init; }

    /// <summary>Matchade fakta (the matched tuple), in pattern order.</summary>
    public required ImmutableArray<object> Facts { get; init; }

    /// <summary>Argument (the named values the message was filled from), in the order reported.</summary>
    public required ImmutableArray<KeyValuePair<string, object?>> Arguments { get; init; }
}
