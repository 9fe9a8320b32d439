namespace Trygghet.Domain.Rules.Runtime;

/// <summary>
/// Motorns egna iakttagelser (findings reported by the engine itself), described as rule metadata so that the
/// rule catalogue can list them.
/// </summary>
public static class EngineFindings
{
    /// <summary>
    /// RULE-FINDINGS-CAPPED: a rule reported more findings in one session than
    /// <see cref="SessionOptions.MaxFindingsPerRule"/> allows; the rest were dropped. Reported once per rule.
    /// Placeholders: <c>{ruleId}</c>, <c>{max}</c>.
    /// </summary>
    public static RuleMetadata FindingsCapped { get; } = Engine(
        "RULE-FINDINGS-CAPPED",
        new("Den begränsade regelns egen grund (iakttagelserna begränsas per regel)", "The capped rule's own basis (findings are limited per rule)"));

    /// <summary>Every finding the engine itself reports.</summary>
    public static System.Collections.Immutable.ImmutableArray<RuleMetadata> All => [NoVersionInForce, FindingsCapped];

    /// <summary>
    /// RULE-NO-VERSION: no version of a rule is in force on the session's evaluation date, so the rule did not run;
    /// reported once per rule, and only when the session holds a fact of the type the rule's latest version matches first.
    /// Placeholders: <c>{ruleId}</c>, <c>{date}</c>. A warning: the record is judged by no law rather than a wrong one.
    /// </summary>
    public static RuleMetadata NoVersionInForce { get; } = Engine(
        "RULE-NO-VERSION",
        new("Regelversionernas ikraftträdande (lagen som gällde på tillämpningsdatumet)", "In-force periods of the rule versions (the law in force on the evaluation date)"));

    // What the engine's findings share: a basis in force since always, warning severity, the tag "engine".
    private static RuleMetadata Engine(string id, LocalizedText basis) => new()
    {
        Id = id,
        Basis = LegalBasis.Law(basis, DateOnly.MinValue),
        DefaultSeverity = Severity.Warning,
        Tags = ["engine"],
    };
}
