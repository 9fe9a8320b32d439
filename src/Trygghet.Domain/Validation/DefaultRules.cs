using System.Collections.Immutable;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.Validation;

/// <summary>
/// Standardregler (the default rule set): every rule the library ships, from all subjects (procedure,
/// agreements, promises, plans, partnerships, finance). <see cref="TrygghetValidator.Default"/> runs these.
/// </summary>
public static class DefaultRules
{
    /// <summary>All default rules, every version of each, grouped by subject.</summary>
    public static ImmutableArray<Rule> All { get; } = [.. DocumentKinds.All.SelectMany(kind => kind.Rules)];
}
