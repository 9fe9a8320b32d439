namespace Trygghet.Domain.Rules.Authoring;

/// <summary>The commonest rule body: one fact, reported at its own place when a check on it holds as of the session's date.</summary>
internal static class FactCheck
{
    /// <summary>
    /// Matches each fact of the type and reports it at its path (or at its <paramref name="member"/>, e.g.
    /// <c>problems</c>) with the arguments given, when <paramref name="holds"/> is true as of the session's date.
    /// </summary>
    /// <typeparam name="TFact">The fact matched.</typeparam>
    /// <param name="rule">The rule's builder.</param>
    /// <param name="holds">Whether the fact is reported, given the session's date.</param>
    /// <param name="arguments">The message arguments, given the session's date.</param>
    /// <param name="member">The member of the fact's JSON object reported, or null for the object itself.</param>
    public static void ReportWhen<TFact>(
        this RuleBuilder rule, Func<TFact, DateOnly, bool> holds, Func<TFact, DateOnly, (string Name, object? Value)[]> arguments, string? member = null)
        where TFact : IFact =>
        rule.Match<TFact>()
            .Then((ctx, f) =>
            {
                if (holds(f, ctx.AsOf))
                {
                    ctx.Report(member is null ? f.Path : JsonPath.Member(f.Path, member), arguments(f, ctx.AsOf));
                }
            });
}
