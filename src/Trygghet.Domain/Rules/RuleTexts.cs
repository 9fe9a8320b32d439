namespace Trygghet.Domain.Rules;

/// <summary>
/// Regeltexter (a rule's texts in one language): its name, what it checks, and the message template of its
/// findings with <c>{named}</c> placeholders (and <c>{name|singular|plural}</c> for a word that follows a count).
/// </summary>
/// <param name="Name">Namn (the rule's name).</param>
/// <param name="Description">Beskrivning (what the rule checks).</param>
/// <param name="Message">Meddelandemall (the message template).</param>
/// <remarks>Record equality (ordinal on the three texts).</remarks>
public sealed record RuleTexts(string Name, string Description, string Message);
