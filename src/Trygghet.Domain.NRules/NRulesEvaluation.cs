using System.Globalization;
using Ardalis.GuardClauses;
using NRules;
using NRules.Extensibility;
using NRules.RuleModel;
using Trygghet.Domain.Common;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Rules.Authoring;
using Trygghet.Domain.Rules.Runtime;
using Activation = Trygghet.Domain.Rules.Runtime.Activation;

namespace Trygghet.Domain.NRules;

/// <summary>
/// Utvärdering på NRules (one evaluation of Trygghet rules in an NRules session): the as-of date, settings and
/// the findings the Trygghet rules (and NRules rules calling <see cref="NRulesFindings.ReportFinding"/>) report.
/// Attach it to a session created from Trygghet rule definitions (<see cref="TrygghetNRules.ToNRules"/>), insert
/// facts and fire through it, then read <see cref="Findings"/>.
/// </summary>
/// <remarks>
/// <para>
/// Facts are identified by reference, as in the built-in engine: inserting the same instance twice is ignored and
/// equal records are distinct facts (compile with <see cref="TrygghetNRules.Compile"/>, which sets reference
/// identity). Inserts are deduplicated before they reach NRules.
/// </para>
/// <para>Not thread-safe: one per session. The attachment uses the session's dependency resolver and keeps the
/// resolver that was set before for every other type.</para>
/// </remarks>
public sealed class NRulesEvaluation
{
    private readonly ISession session;
    private readonly CompiledRuleSet? ruleSet;
    private readonly HashSet<object> known = new(ReferenceEqualityComparer.Instance);
    private readonly List<object> facts = [];
    private readonly List<Finding> findings = [];
    private int activations;
    private int noVersionScanned;
    private HashSet<string>? noVersionReported;

    private NRulesEvaluation(ISession session, CompiledRuleSet? ruleSet, SessionOptions options)
    {
        this.session = session;
        this.ruleSet = ruleSet;
        Options = options;
        session.DependencyResolver = new Resolver(this, session.DependencyResolver);
    }

    /// <summary>Sessionsinställningar (the as-of date, evaluation date, settings and activation limit).</summary>
    public SessionOptions Options { get; }

    /// <summary>Iakttagelser (the findings reported so far), in firing order.</summary>
    public IReadOnlyList<Finding> Findings => findings;

    /// <summary>
    /// Kopplar (attaches) an evaluation to an NRules session, so that the Trygghet rules in it can read the as-of
    /// date and settings and report findings.
    /// </summary>
    /// <param name="session">The NRules session, created from a factory holding Trygghet rule definitions.</param>
    /// <param name="ruleSet">
    /// The compiled rule set the definitions came from: after each <see cref="Fire"/> its rules with no version in
    /// force on the evaluation date are reported (<see cref="EngineFindings.NoVersionInForce"/>), as the built-in
    /// engine does. Null to report nothing of the kind.
    /// </param>
    /// <param name="options">The evaluation's dates, settings and activation limit.</param>
    /// <returns>The evaluation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="session"/> or <paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="SessionOptions.MaxActivations"/> is not positive.</exception>
    public static NRulesEvaluation Attach(ISession session, CompiledRuleSet? ruleSet, SessionOptions options)
    {
        Guard.Against.Null(session);
        Guard.Against.Null(options);
        Guard.Against.Null(options.Settings, nameof(options));
        Guard.Against.Below(options.MaxActivations, 1, nameof(options));
        return new NRulesEvaluation(session, ruleSet, options);
    }

    /// <summary>Sätter in (inserts) facts into the session, each instance once (later copies of an instance are ignored).</summary>
    /// <param name="facts">The facts.</param>
    /// <exception cref="ArgumentNullException"><paramref name="facts"/> or one of its elements is null.</exception>
    public void InsertAll(IEnumerable<object> facts)
    {
        Guard.Against.Null(facts);
        var fresh = new List<object>();
        foreach (var fact in facts)
        {
            Guard.Against.Null(fact, nameof(facts));
            if (known.Add(fact))
            {
                this.facts.Add(fact);
                fresh.Add(fact);
            }
        }

        Translate(() => session.InsertAll(fresh));
    }

    /// <summary>Kör regler (fires the session's rules to a fixpoint).</summary>
    /// <returns>The number of rules fired (Trygghet's and the session's own).</returns>
    /// <exception cref="RuleEngineException">A rule failed or the Trygghet rules chained past the activation limit; the exception names the rule.</exception>
    public int Fire()
    {
        var fired = 0;
        Translate(() => fired = session.Fire());
        ReportNoVersions();
        return fired;
    }

    // Called from the action of every translated rule (see Translator).
    internal static void FireFromNRules(IContext context, RuleNode node, object a, object? b, object? c) =>
        Of(context).FireRule(context, node, new Activation(a, b, c));

    /// <summary>The evaluation attached to the session an NRules action runs in.</summary>
    internal static NRulesEvaluation Of(IContext context)
    {
        Guard.Against.Null(context);
        object? resolved = null;
        try
        {
            resolved = context.Resolve(typeof(NRulesEvaluation));
        }
        catch (InvalidOperationException)
        {
            // No resolver for it: not attached (reported below).
        }

        return resolved as NRulesEvaluation ?? throw new InvalidOperationException(
            "This NRules session has no Trygghet evaluation attached: create it through a validator with UseNRules(), " +
            "or call NRulesEvaluation.Attach before firing.");
    }

    private readonly Dictionary<string, int> reportedPerRule = new(StringComparer.Ordinal);

    internal void Add(Finding finding) => findings.Add(finding);

    private void FireRule(IContext nrules, RuleNode node, Activation activation)
    {
        if (++activations > Options.MaxActivations)
        {
            throw new RuleEngineException(
                node.Metadata.Id,
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"Rule {node.Metadata.Id} was firing when the session exceeded {Options.MaxActivations} activations (runaway chaining?)."));
        }

        node.Definition.Action(new Context(this, nrules, node, activation), activation.A, activation.B, activation.C);
    }

    private void Insert(IContext nrules, object fact)
    {
        if (known.Add(fact))
        {
            facts.Add(fact);
            nrules.TryInsert(fact);
        }
    }

    // A rule with no version in force is reported once, and only when a fact it would have matched is present.
    private void ReportNoVersions()
    {
        if (ruleSet is null)
        {
            return;
        }

        var date = Options.EvaluationDate ?? Options.AsOf;
        foreach (var rule in ruleSet.PlanFor(date).NoVersion)
        {
            if (noVersionReported?.Contains(rule.Id) == true)
            {
                continue;
            }

            for (var f = noVersionScanned; f < facts.Count; f++)
            {
                if (rule.Trigger.IsInstanceOfType(facts[f]))
                {
                    (noVersionReported ??= new(StringComparer.Ordinal)).Add(rule.Id);
                    findings.Add(FindingFactory.NoVersionFinding(Options, rule.Id, date, facts[f]));
                    break;
                }
            }
        }

        noVersionScanned = facts.Count;
    }

    // NRules wraps what an action or condition throws; the caller sees a RuleEngineException naming the rule.
    private static void Translate(Action run)
    {
        try
        {
            run();
        }
        catch (RuleExecutionException e)
        {
            for (Exception? inner = e; inner is not null; inner = inner.InnerException)
            {
                if (inner is RuleEngineException engine)
                {
                    throw engine;
                }
            }

            var rule = (e as RuleRhsExpressionEvaluationException)?.RuleName ?? string.Empty;
            var cause = e.InnerException ?? e;
            throw new RuleEngineException(rule, $"Rule {rule} failed: {cause.Message}", cause);
        }
    }

    /// <summary>The context a Trygghet action sees while it fires on NRules.</summary>
    private sealed class Context(NRulesEvaluation evaluation, IContext nrules, RuleNode node, Activation activation) : IRuleContext
    {
        public DateOnly AsOf => evaluation.Options.AsOf;

        public RuleSettings Settings => evaluation.Options.Settings;

        public RuleMetadata Rule => node.Metadata;

        public void Insert(object fact)
        {
            Guard.Against.Null(fact);
            node.EnsureDeclared(fact);
            evaluation.Insert(nrules, fact);
        }

        public void Report(string path, params ReadOnlySpan<(string Name, object? Value)> arguments)
        {
            Guard.Against.Null(path);
            // The same cap per rule as the built-in engine (SessionOptions.MaxFindingsPerRule).
            var count = evaluation.reportedPerRule.TryGetValue(node.Metadata.Id, out var n) ? n + 1 : 1;
            evaluation.reportedPerRule[node.Metadata.Id] = count;
            var max = evaluation.Options.MaxFindingsPerRule;
            if (count <= max)
            {
                evaluation.findings.Add(FindingFactory.CreateFinding(evaluation.Options, node.Metadata, path, node.Tuple(activation), arguments));
            }
            else if (count == max + 1)
            {
                ReadOnlySpan<(string, object?)> capped = [("ruleId", node.Metadata.Id), ("max", max)];
                evaluation.findings.Add(FindingFactory.CreateFinding(evaluation.Options, EngineFindings.FindingsCapped, path, node.Tuple(activation), capped));
            }
        }
    }

    /// <summary>Resolves the evaluation for actions; every other type goes to the resolver set before.</summary>
    private sealed class Resolver(NRulesEvaluation evaluation, IDependencyResolver? previous) : IDependencyResolver
    {
        public object Resolve(IResolutionContext context, Type serviceType) =>
            serviceType == typeof(NRulesEvaluation)
                ? evaluation
                : previous?.Resolve(context, serviceType) ?? throw new InvalidOperationException("No dependency resolver is set for this session.");
    }
}
