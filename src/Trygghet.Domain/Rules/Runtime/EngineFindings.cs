using Trygghet.Domain.Common;

namespace Trygghet.Domain.Rules.Runtime;

/// <summary>
/// Motorns egna iakttagelser (findings reported by the engine itself), described as rule metadata so that the
/// rule catalogue can list them.
/// </summary>
public static class EngineFindings
{
    // The engine itself is the basis of its own findings.
    private static readonly LegalBasis EngineBasis =
        LegalBasis.Documentary(new LocalizedText("Trygghet.Domain regelmotor", "Trygghet.Domain rule engine"));

    /// <summary>
    /// RULE-FINDINGS-CAPPED: a rule reported more findings in one session than
    /// <see cref="SessionOptions.MaxFindingsPerRule"/> allows; the rest were dropped. Reported once per rule.
    /// Placeholders: <c>{ruleId}</c>, <c>{max}</c>.
    /// </summary>
    public static RuleMetadata FindingsCapped { get; } = new()
    {
        Id = "RULE-FINDINGS-CAPPED",
        Name = new LocalizedText("För många iakttagelser från en regel", "Too many findings from one rule"),
        Description = new LocalizedText(
            "En regel gav fler iakttagelser än gränsen per regel; de överskjutande visas inte.",
            "A rule reported more findings than the limit per rule; those over the limit are not shown."),
        Message = new LocalizedText(
            "Regeln {ruleId} gav fler än {max} iakttagelser; de följande visas inte.",
            "Rule {ruleId} reported more than {max} findings; the rest are not shown."),
        Basis = EngineBasis,
        DefaultSeverity = Severity.Warning,
        Tags = ["engine"],
    };

    /// <summary>Every finding the engine itself reports.</summary>
    public static System.Collections.Immutable.ImmutableArray<RuleMetadata> All => [NoVersionInForce, FindingsCapped];

    /// <summary>
    /// RULE-NO-VERSION: no version of a rule is in force on the session's evaluation date, so the rule did not run;
    /// reported once per rule, and only when the session holds a fact of the type the rule's latest version matches first.
    /// Placeholders: <c>{ruleId}</c>, <c>{date}</c>.
    /// </summary>
    public static RuleMetadata NoVersionInForce { get; } = new()
    {
        Id = "RULE-NO-VERSION",
        Name = new LocalizedText("Ingen regelversion gäller", "No rule version in force"),
        Description = new LocalizedText(
            "Ingen version av en regel gäller på tillämpningsdatumet, så regeln har inte prövats.",
            "No version of a rule is in force on the evaluation date, so the rule was not applied."),
        Message = new LocalizedText(
            "Ingen version av regeln {ruleId} gäller {date}.",
            "No version of rule {ruleId} is in force on {date}."),
        Basis = EngineBasis,
        DefaultSeverity = Severity.Warning,
        Tags = ["engine"],
    };
}
