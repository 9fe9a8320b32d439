namespace Trygghet.Domain.Rules.Runtime;

/// <summary>
/// Regelmotor (rule engine): what runs a <see cref="CompiledRuleSet"/> for a validator or deadline calculator.
/// The default is <see cref="BuiltInRuleEngine.Instance"/>; the package Trygghet.Domain.NRules adds one that runs
/// the same rules on NRules (<c>options.UseNRules()</c>). Every engine must give the same findings.
/// </summary>
public interface IRuleEngine
{
    /// <summary>Namn (the engine's name), e.g. <c>builtin</c> or <c>nrules</c>.</summary>
    string Name { get; }

    /// <summary>
    /// Förbereder (prepares) the engine for <paramref name="ruleSet"/>; called once when a validator or calculator
    /// is compiled. The result is shared by all evaluations on all threads.
    /// </summary>
    /// <param name="ruleSet">The compiled rules, with the caller's configuration applied.</param>
    /// <returns>The prepared rules.</returns>
    IRuleEvaluator Prepare(CompiledRuleSet ruleSet);
}

/// <summary>
/// Förberedda regler (a rule set prepared by one <see cref="IRuleEngine"/>): evaluates sets of facts. Thread-safe.
/// </summary>
public interface IRuleEvaluator
{
    /// <summary>
    /// Utvärderar (evaluates) facts: inserts them, fires the rules in force on the evaluation date to a fixpoint and
    /// returns the findings, in the engine's firing order.
    /// </summary>
    /// <param name="facts">The facts; the same instance given twice counts once, equal records are distinct.</param>
    /// <param name="options">The as-of date, evaluation date, settings and activation limit.</param>
    /// <returns>The findings.</returns>
    /// <exception cref="RuleEngineException">A rule failed or chained past the activation limit; the exception names it.</exception>
    IReadOnlyList<Finding> Evaluate(IEnumerable<object> facts, SessionOptions options);
}

/// <summary>
/// Inbyggd regelmotor (the built-in engine): the library's own forward-chaining engine with hash joins and
/// stratified negation (<see cref="RuleSession"/>). The default, and the fast one.
/// </summary>
public sealed class BuiltInRuleEngine : IRuleEngine
{
    private BuiltInRuleEngine()
    {
    }

    /// <summary>The built-in engine.</summary>
    public static BuiltInRuleEngine Instance { get; } = new();

    /// <summary>Namn (the engine's name): <c>builtin</c>.</summary>
    public string Name => "builtin";

    /// <inheritdoc/>
    public IRuleEvaluator Prepare(CompiledRuleSet ruleSet)
    {
        Guard.Against.Null(ruleSet);
        return new Evaluator(ruleSet);
    }

    private sealed class Evaluator(CompiledRuleSet ruleSet) : IRuleEvaluator
    {
        public IReadOnlyList<Finding> Evaluate(IEnumerable<object> facts, SessionOptions options)
        {
            var session = ruleSet.OpenSession(options);
            session.InsertAll(facts);
            session.Fire();
            return session.Findings;
        }
    }
}
