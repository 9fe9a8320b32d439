namespace Trygghet.Domain.Rules.Authoring;

/// <summary>
/// The base of a rule family whose members differ in what they match: each instance is made with its metadata and
/// its definition, built by the family class from shared metadata and shared pieces of definition (one instance per
/// rule id) instead of a class per rule. The family class lives with its document kind.
/// </summary>
/// <param name="metadata">The rule's metadata.</param>
/// <param name="define">Describes the rule on the builder (see <see cref="Rule"/>); called once per rule set build.</param>
internal abstract class DefinedRule(RuleMetadata metadata, Action<RuleBuilder> define) : DeclaredRule(metadata)
{
    /// <inheritdoc/>
    protected sealed override void Define(RuleBuilder rule) => define(rule);
}
