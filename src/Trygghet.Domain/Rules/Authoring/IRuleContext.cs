using Trygghet.Domain.Rules.Runtime;
namespace Trygghet.Domain.Rules.Authoring;

/// <summary>
/// Regelkontext (rule context): what a rule's action sees and can do while it fires for one matching tuple.
/// </summary>
public interface IRuleContext
{
    /// <summary>Per datum (the session's as-of date): "today" for the evaluation. Rules never read the clock.</summary>
    DateOnly AsOf { get; }

    /// <summary>Inställningar (the caller's settings) for this session.</summary>
    RuleSettings Settings { get; }

    /// <summary>The firing rule's effective metadata (after configuration, e.g. a changed severity).</summary>
    RuleMetadata Rule { get; }

    /// <summary>
    /// Härledd fakta (inserts a derived fact); rules matching it fire in the same <see cref="RuleSession.Fire"/>.
    /// Inserting an instance already in the session is ignored.
    /// </summary>
    /// <param name="fact">The derived fact.</param>
    /// <exception cref="ArgumentNullException"><paramref name="fact"/> is null.</exception>
    void Insert(object fact);

    /// <summary>
    /// Rapporterar (reports) a finding about <paramref name="path"/>, with the rule's message template filled
    /// from <paramref name="arguments"/>. The finding carries the rule id, effective severity, basis and the
    /// matched facts.
    /// </summary>
    /// <param name="path">
    /// Path of the document part the finding is about, in the style of a JSON read error, e.g. the
    /// <see cref="IFact.Path"/> of a matched fact or <c>$.areas[3].measures[5]</c>; <c>$</c> for the document. A path
    /// written without the leading <c>$</c> (<c>areas[3]</c>) is read from the document's root.
    /// </param>
    /// <param name="arguments">Named values for the template's placeholders.</param>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="InvalidOperationException">A placeholder of the template has no argument.</exception>
    void Report(string path, params ReadOnlySpan<(string Name, object? Value)> arguments);
}
