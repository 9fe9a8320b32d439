namespace Trygghet.Domain.Rules.Authoring;

/// <summary>
/// A rule whose metadata is given when it is made: the base of a parameterised rule class, one class serving
/// several rule ids (each instance its own id, basis and tags).
/// </summary>
/// <param name="metadata">The rule's metadata.</param>
internal abstract class DeclaredRule(RuleMetadata metadata) : Rule
{
    /// <inheritdoc/>
    public sealed override RuleMetadata Metadata { get; } = metadata;
}

/// <summary>Helpers for the metadata of parameterised rules.</summary>
internal static class DeclaredRuleMetadata
{
    /// <summary>The metadata with its default severity set, or unchanged (the basis kind's default) when none is given.</summary>
    public static RuleMetadata WithSeverity(this RuleMetadata metadata, Severity? severity) =>
        severity is { } given ? metadata with { DefaultSeverity = given } : metadata;
}
