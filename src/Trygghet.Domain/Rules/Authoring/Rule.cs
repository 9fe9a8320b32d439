namespace Trygghet.Domain.Rules.Authoring;

/// <summary>
/// Regel (rule): metadata plus a typed definition of the facts it matches and what it does with each match,
/// in the manner of NRules' <c>Rule.Define()</c>. One rule per class, named for what it means.
/// </summary>
/// <remarks>
/// A rule instance must be stateless: <see cref="Define"/> is called once when a rule set is built and the
/// resulting definition is shared by all sessions on all threads.
/// </remarks>
public abstract class Rule
{
    /// <summary>Regelmetadata (the rule's metadata): id, names, message template, basis, severity, tags, priority.</summary>
    public abstract RuleMetadata Metadata { get; }

    /// <summary>
    /// Definierar regeln (defines the rule): start with <see cref="RuleBuilder.Match{T}"/>, add joins and
    /// existence filters, end with <c>Then</c>. Called once per rule set build.
    /// </summary>
    /// <param name="rule">The builder to describe the rule with.</param>
    protected abstract void Define(RuleBuilder rule);

    // The builder's way in: Define stays protected, so a rule written in any assembly overrides it the same way.
    internal void DefineInto(RuleBuilder builder) => Define(builder);
}
