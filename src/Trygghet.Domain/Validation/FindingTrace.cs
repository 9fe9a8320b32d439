using Trygghet.Domain.Rules;

namespace Trygghet.Domain.Validation;

/// <summary>
/// Spår (the trace of one finding): which rule fired, the version of its basis chosen for the evaluation date, the
/// facts it matched with their paths in the document (derived facts marked), and the values that filled its message.
/// </summary>
/// <remarks>Equality compares all values. Produced by <see cref="TrygghetValidator.Explain"/>.</remarks>
public sealed record FindingTrace
{
    /// <summary>Iakttagelsen (the finding this trace explains).</summary>
    public required ValidationFinding Finding { get; init; }

    /// <summary>
    /// Regelversionens grund (the basis of the rule version that ran, with the period it is in force; a versioned rule
    /// runs the version in force on <see cref="EvaluationDate"/>).
    /// </summary>
    public required LegalBasis Basis { get; init; }

    /// <summary>Tillämpningsdatum (the date whose law was applied: a protocol's meeting date, otherwise the as-of date).</summary>
    public required DateOnly EvaluationDate { get; init; }

    /// <summary>Matchade fakta (the facts the rule matched, in the order of its pattern).</summary>
    public required EquatableArray<TracedFact> Facts { get; init; }

    /// <summary>Meddelandets värden (the named values that filled the message, formatted as in the message).</summary>
    public required EquatableArray<KeyValuePair<string, string>> Arguments { get; init; }

    internal static FindingTrace From(Finding finding, ValidationFinding validation, DateOnly evaluationDate, IReadOnlyCollection<object> derived) => new()
    {
        Finding = validation,
        Basis = finding.Basis,
        EvaluationDate = evaluationDate,
        Facts = finding.Facts.Select(f => TracedFact.Of(f, derived.Contains(f))).ToEquatableArray(),
        Arguments = finding.Arguments.Select(a => KeyValuePair.Create(a.Key, a.Value switch
        {
            DateOnly d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            null => string.Empty,
            var v => Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty,
        })).ToEquatableArray(),
    };
}

/// <summary>Ett matchat faktum (one fact a rule matched, as the trace shows it).</summary>
/// <param name="Kind">The fact's kind, the name rules match it by (e.g. "ProtocolAttested").</param>
/// <param name="Path">Its path in the document's JSON (e.g. "$.attestation.date"), or null for a fact that is no <see cref="IFact"/> (the document itself).</param>
/// <param name="IsDerived">True when a rule inserted the fact (a derived fact), false when it came from the document.</param>
/// <param name="Values">The fact's values as text, e.g. "ChainId = protocol, Date = 2020-11-25, Path = $.attestation.date".</param>
/// <remarks>Equality compares all values.</remarks>
public sealed record TracedFact(string Kind, string? Path, bool IsDerived, string Values)
{
    internal static TracedFact Of(object fact, bool derived)
    {
        // A fact is a record: its generated ToString() is "Kind { Name = value, ... }", with no reflection needed.
        var text = fact.ToString() ?? string.Empty;
        var open = text.IndexOf(" { ", StringComparison.Ordinal);
        var values = open >= 0 && text.EndsWith(" }", StringComparison.Ordinal) ? text[(open + 3)..^2] : text;
        return new TracedFact(fact.GetType().Name, fact is IFact f ? JsonPath.FromRoot(f.Path) : null, derived, values);
    }
}
