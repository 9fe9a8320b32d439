using Ardalis.GuardClauses;
using NRules;
using NRules.RuleModel;
using Trygghet.Domain.Rules.Runtime;
using Trygghet.Domain.Validation;

namespace Trygghet.Domain.NRules;

/// <summary>
/// Trygghet på NRules (Trygghet rules on NRules): choose NRules as a validator's engine, or take the Trygghet rules
/// into an NRules application as rule definitions.
/// </summary>
public static class TrygghetNRules
{
    /// <summary>
    /// Kör på NRules (runs the rules on NRules): the options with <see cref="NRulesRuleEngine"/> as engine, so a
    /// <see cref="TrygghetValidator"/> or <see cref="DeadlineCalculator"/> built from them evaluates on NRules.
    /// </summary>
    /// <param name="options">The validator options.</param>
    /// <param name="additionalRules">The caller's own NRules rules, run beside the Trygghet rules.</param>
    /// <returns>New options.</returns>
    /// <exception cref="ArgumentNullException">An argument or one of the rules is null.</exception>
    public static TrygghetValidatorOptions UseNRules(this TrygghetValidatorOptions options, params IEnumerable<IRuleDefinition> additionalRules)
    {
        Guard.Against.Null(options);
        return options.WithEngine(new NRulesRuleEngine(additionalRules));
    }

    /// <summary>
    /// Som NRules-regler (as NRules rules): the definitions of the rule versions in force on
    /// <paramref name="evaluationDate"/>, with the rule set's configuration (disabled rules, severities) applied and
    /// its agenda order (strata, then priorities) as NRules priorities from the number of rules down to 1. Compile
    /// them with <see cref="Compile"/> beside your own rules, and attach an <see cref="NRulesEvaluation"/> to each session.
    /// </summary>
    /// <param name="ruleSet">The compiled Trygghet rule set.</param>
    /// <param name="evaluationDate">The date that picks each rule's version (the law in force then).</param>
    /// <returns>The NRules rule definitions; each is named by its Trygghet rule id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ruleSet"/> is null.</exception>
    public static IReadOnlyList<IRuleDefinition> ToNRules(this CompiledRuleSet ruleSet, DateOnly evaluationDate)
    {
        Guard.Against.Null(ruleSet);
        return Translator.Translate(ruleSet.PlanFor(evaluationDate));
    }

    /// <summary>
    /// Kompilerar (compiles) NRules rule definitions with facts identified by reference, as the Trygghet rules
    /// expect (NRules compares facts with Equals by default, which would merge equal records).
    /// </summary>
    /// <param name="rules">The definitions: Trygghet's (<see cref="ToNRules"/>) and your own.</param>
    /// <returns>The session factory.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rules"/> is null.</exception>
    public static ISessionFactory Compile(IEnumerable<IRuleDefinition> rules)
    {
        Guard.Against.Null(rules);
        var compiler = new RuleCompiler();
        compiler.FactIdentityComparerRegistry.DefaultFactIdentityComparer = ReferenceEqualityComparer.Instance;
        return compiler.Compile(rules);
    }
}
