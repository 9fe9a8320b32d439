using System.Collections.Concurrent;
using System.Collections.Immutable;
using Ardalis.GuardClauses;
using NRules;
using NRules.RuleModel;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Rules.Runtime;

namespace Trygghet.Domain.NRules;

/// <summary>
/// NRules-motorn (the NRules engine): runs a compiled Trygghet rule set on NRules, beside the caller's own NRules
/// rules, and gives the same findings as <see cref="BuiltInRuleEngine"/>. Select it with
/// <see cref="TrygghetNRules.UseNRules"/>.
/// </summary>
/// <remarks>
/// The rule versions in force on an evaluation date are translated and compiled once per range of dates with the
/// same versions (on first use), then shared. Slower than the built-in engine (see the benchmarks), but the rules
/// can live in an NRules application.
/// </remarks>
public sealed class NRulesRuleEngine : IRuleEngine
{
    /// <summary>Creates the engine.</summary>
    /// <param name="additionalRules">
    /// The caller's own NRules rules, compiled into every session beside the Trygghet rules; they report into the
    /// same findings with <see cref="NRulesFindings.ReportFinding"/>.
    /// </param>
    /// <exception cref="ArgumentNullException"><paramref name="additionalRules"/> or one of its elements is null.</exception>
    public NRulesRuleEngine(params IEnumerable<IRuleDefinition> additionalRules)
    {
        Guard.Against.Null(additionalRules);
        AdditionalRules = [.. additionalRules];
        foreach (var rule in AdditionalRules)
        {
            Guard.Against.Null(rule, nameof(additionalRules));
        }
    }

    /// <summary>Namn (the engine's name): <c>nrules</c>.</summary>
    public string Name => "nrules";

    /// <summary>Egna NRules-regler (the caller's own NRules rules).</summary>
    public ImmutableArray<IRuleDefinition> AdditionalRules { get; }

    /// <inheritdoc/>
    public IRuleEvaluator Prepare(CompiledRuleSet ruleSet)
    {
        Guard.Against.Null(ruleSet);
        return new Evaluator(ruleSet, AdditionalRules);
    }

    private sealed class Evaluator(CompiledRuleSet ruleSet, ImmutableArray<IRuleDefinition> additional) : IRuleEvaluator
    {
        private readonly ConcurrentDictionary<ExecutionPlan, Lazy<ISessionFactory>> factories = new();

        public IReadOnlyList<Finding> Evaluate(IEnumerable<object> facts, SessionOptions options)
        {
            Guard.Against.Null(facts);
            Guard.Against.Null(options);
            var plan = ruleSet.PlanFor(options.EvaluationDate ?? options.AsOf);
            var factory = factories.GetOrAdd(plan, p => new Lazy<ISessionFactory>(() => TrygghetNRules.Compile([.. Translator.Translate(p), .. additional]))).Value;
            var evaluation = NRulesEvaluation.Attach(factory.CreateSession(), ruleSet, options);
            evaluation.InsertAll(facts);
            evaluation.Fire();
            return evaluation.Findings;
        }
    }
}
