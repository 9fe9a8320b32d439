using Trygghet.Domain.Common;

namespace Trygghet.Domain.Rules.Runtime;

/// <summary>
/// Motorns egna iakttagelser (findings reported by the engine itself), described as rule metadata so that the
/// rule catalogue can list them.
/// </summary>
public static class EngineFindings
{
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
        Basis = LegalBasis.Documentary(new LocalizedText("Trygghet.Domain regelmotor", "Trygghet.Domain rule engine")),
        DefaultSeverity = Severity.Warning,
        Tags = ["engine"],
    };
}
