using Trygghet.Domain.Portfolio.Rules;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Agreements.Rules;
using Trygghet.Domain.Promises.Rules;
using Trygghet.Domain.Rules.Runtime;

namespace Trygghet.Domain.Tests.Agreements.Rules;

/// <summary>Runs the agreement and promise rules over facts and lists the findings as "ID @ path".</summary>
internal static class AgreementRuleHarness
{
    public static CompiledRuleSet Rules { get; } = new RuleSetBuilder().Add(AgreementRules.All).Add(PortfolioRules.All).Add(PromiseRules.All).Build();

    public static IReadOnlyList<Finding> Run(IEnumerable<object> facts, DateOnly asOf, RuleSettings? settings = null)
    {
        var session = Rules.OpenSession(new SessionOptions { AsOf = asOf, Settings = settings ?? RuleSettings.Empty });
        session.InsertAll(facts);
        session.Fire();
        return session.Findings;
    }

    public static string[] Lines(IEnumerable<Finding> findings) =>
        [.. findings.Select(f => f.RuleId + " @ " + f.Path).Order(StringComparer.Ordinal)];
}
