namespace Trygghet.Domain.Rules.Authoring;

/// <summary>
/// The skeleton of an unknown-reference rule: a fact names another by a key in one of its members, and the session
/// holds no fact of the named kind with that key (an allocation's appropriation, a promise's agreement). The finding
/// is reported at the path of the naming member. A kind's rule supplies the two keys, the member's JSON name and the
/// arguments of its message; the id, basis and tags come in with the metadata.
/// </summary>
/// <typeparam name="TFact">The fact that names another.</typeparam>
/// <typeparam name="TTarget">The kind of fact it names.</typeparam>
/// <param name="metadata">The rule's metadata.</param>
/// <param name="reference">The key the fact names.</param>
/// <param name="key">The key a fact of the named kind is known by.</param>
/// <param name="member">The JSON name of the member holding the reference, e.g. <c>fundedFrom</c>.</param>
/// <param name="arguments">The message arguments.</param>
internal abstract class UnknownReferenceRule<TFact, TTarget>(
    RuleMetadata metadata,
    Func<TFact, string> reference,
    Func<TTarget, string> key,
    string member,
    Func<TFact, (string Name, object? Value)[]> arguments) : DeclaredRule(metadata)
    where TFact : IFact
{
    /// <inheritdoc/>
    protected sealed override void Define(RuleBuilder rule) =>
        rule.Match<TFact>()
            .NotExists(reference, key)
            .Then((ctx, fact) => ctx.Report(JsonPath.Member(fact.Path, member), arguments(fact)));
}
