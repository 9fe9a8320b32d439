using Trygghet.Domain.Rules;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.Validation;

/// <summary>
/// Egen regel (a caller's own rule) written inline, without a class: metadata plus a definition, as in
/// <c>CustomRule.Create(metadata, rule =&gt; rule.Match&lt;CooperationAgreement&gt;(...).Then(...))</c>.
/// A rule class deriving from <see cref="Rule"/> works the same way.
/// </summary>
public static class CustomRule
{
    /// <summary>Creates a rule from its metadata and its definition.</summary>
    /// <param name="metadata">The metadata (id, names, message template, basis, severity).</param>
    /// <param name="define">Describes what the rule matches and does; called once per rule set build.</param>
    /// <returns>The rule.</returns>
    public static Rule Create(RuleMetadata metadata, Action<RuleBuilder> define)
    {
        Guard.Against.Null(metadata);
        Guard.Against.Null(define);
        return new InlineRule(metadata, define);
    }

    private sealed class InlineRule(RuleMetadata metadata, Action<RuleBuilder> define) : Rule
    {
        public override RuleMetadata Metadata { get; } = metadata;

        protected override void Define(RuleBuilder rule) => define(rule);
    }
}
