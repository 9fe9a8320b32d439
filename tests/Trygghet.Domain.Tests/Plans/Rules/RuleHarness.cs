using Trygghet.Domain.Rules;
using Trygghet.Domain.Rules.Runtime;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.Tests.Plans.Rules;

/// <summary>Runs a rule set over facts as of a date and lists the findings as "ID path" lines, sorted.</summary>
internal static class RuleHarness
{
    public static IReadOnlyList<Finding> Run(
        IEnumerable<Rule> rules, IEnumerable<object> facts, DateOnly asOf, RuleSettings? settings = null, DateOnly? evaluationDate = null)
    {
        var compiled = new RuleSetBuilder().Add(rules).Build();
        var session = compiled.OpenSession(new SessionOptions
        {
            AsOf = asOf,
            EvaluationDate = evaluationDate,
            Settings = settings ?? RuleSettings.Empty,
        });
        session.InsertAll(facts);
        session.Fire();
        return session.Findings;
    }

    public static string[] Lines(IEnumerable<Finding> findings) =>
        [.. findings.Select(f => $"{f.RuleId} {f.Path}").Order(StringComparer.Ordinal)];
}
