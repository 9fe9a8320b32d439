using System.Globalization;
using Trygghet.Domain.Rules.Runtime;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.Rules.Runtime;

/// <summary>
/// Regelsession (rule session): working memory for one evaluation. Insert facts, <see cref="Fire"/> to a
/// fixpoint, then read <see cref="Findings"/>, <see cref="DerivedFacts"/> and <see cref="Query{T}"/>.
/// </summary>
/// <remarks>
/// <para>Not thread-safe: use one session per evaluation (opening one is cheap).</para>
/// <para>
/// Facts are identified by reference: inserting the same instance twice is ignored; equal but distinct records
/// are distinct facts. Each rule fires exactly once per distinct matching tuple of fact instances.
/// </para>
/// <para>
/// Semantics of <see cref="Fire"/>, stratified so that results do not depend on insertion order: the agenda
/// fires activations by stratum (lower first), priority (higher first), rule order, then tuple order, until none
/// is left; derived facts are matched as soon as they are inserted. A rule's stratum lies above that of every rule
/// declaring a type its <c>Exists</c>/<c>NotExists</c> filters test (<see cref="RuleSetBuilder.Build"/>), so when a
/// filtered activation is fired, every fact its filters could see has been derived: the filters are evaluated
/// then, and the activation is dropped when they fail. An <c>Exists</c> that fails is tried again at the next
/// <see cref="Fire"/> (after more facts are inserted); a <c>NotExists</c> match that has fired is not retracted
/// when later inserted facts would have blocked it (there is no truth maintenance).
/// </para>
/// <para>
/// If a rule's action throws, the exception is wrapped in a <see cref="RuleEngineException"/> naming the rule,
/// and the session should be discarded.
/// </para>
/// </remarks>
public sealed class RuleSession
{
    /// <summary>
    /// The argument name a rule may report to name the document its document-basis finding cites, overriding
    /// <see cref="SessionOptions.Document"/> (e.g. one agreement of a portfolio).
    /// </summary>
    public const string DocumentArgument = FindingFactory.DocumentArgument;

    private readonly CompiledRuleSet ruleSet;
    private readonly ExecutionPlan plan;
    private readonly SessionOptions options;
    private readonly HashSet<object> known = new(ReferenceEqualityComparer.Instance);
    private readonly List<object> facts = [];
    private readonly List<object> derived = [];
    private readonly List<Finding> findings = [];
    private readonly Context context;
    private readonly WorkingMemory memory;
    private List<(int Index, Activation Activation)>? waiting;
    private int activations;
    private int[]? reportedPerRule;
    private bool[]? noVersionReported;
    private int noVersionScanned;

    internal RuleSession(CompiledRuleSet ruleSet, ExecutionPlan plan, SessionOptions options)
    {
        this.ruleSet = ruleSet;
        this.plan = plan;
        this.options = options;
        context = new Context(this);
        memory = new WorkingMemory(ruleSet.SlotCount, ruleSet.NodeCount, options.MaxQueuedActivations);
    }

    /// <summary>Per datum (the session's as-of date).</summary>
    public DateOnly AsOf => options.AsOf;

    /// <summary>Tillämpningsdatum (the date that picked the rule versions).</summary>
    public DateOnly EvaluationDate => options.EvaluationDate ?? options.AsOf;

    /// <summary>Iakttagelser (the findings reported so far), in firing order.</summary>
    public IReadOnlyList<Finding> Findings => findings;

    /// <summary>Härledda fakta (the facts inserted by rules), in insertion order.</summary>
    public IReadOnlyList<object> DerivedFacts => derived;

    /// <summary>Sätter in (inserts) a fact. Rules matching it fire at the next <see cref="Fire"/>.</summary>
    /// <param name="fact">The fact; inserting an instance already in the session is ignored.</param>
    /// <exception cref="ArgumentNullException"><paramref name="fact"/> is null.</exception>
    /// <exception cref="RuleEngineException">Working memory would exceed <see cref="SessionOptions.MaxFacts"/>.</exception>
    public void Insert(object fact)
    {
        Guard.Against.Null(fact);
        InsertCore(fact, isDerived: false);
    }

    /// <summary>Sätter in (inserts) many facts; see <see cref="Insert"/>.</summary>
    /// <param name="facts">The facts.</param>
    /// <exception cref="ArgumentNullException"><paramref name="facts"/> or one of its elements is null.</exception>
    public void InsertAll(IEnumerable<object> facts)
    {
        Guard.Against.Null(facts);
        foreach (var fact in facts)
        {
            Guard.Against.Null(fact, nameof(facts));
            InsertCore(fact, isDerived: false);
        }
    }

    /// <summary>Sätter in (inserts) many facts; see <see cref="Insert"/>.</summary>
    /// <typeparam name="T">The facts' static type.</typeparam>
    /// <param name="facts">The facts.</param>
    /// <exception cref="ArgumentNullException">One of the facts is null.</exception>
    public void InsertAll<T>(ReadOnlySpan<T> facts)
    {
        foreach (var fact in facts)
        {
            object? boxed = fact;
            Guard.Against.Null(boxed, nameof(facts));
            InsertCore(boxed, isDerived: false);
        }
    }

    /// <summary>
    /// Kör regler (fires the rules) until a fixpoint: no rule has an unfired matching tuple left. Firing again
    /// without new facts does nothing. See the type's remarks for the order and the stratified semantics.
    /// </summary>
    /// <returns>The number of activations fired by this call.</returns>
    /// <exception cref="RuleEngineException">
    /// The session's total activations exceed <see cref="SessionOptions.MaxActivations"/>, its queued activations
    /// <see cref="SessionOptions.MaxQueuedActivations"/> or its facts <see cref="SessionOptions.MaxFacts"/> (runaway chaining), or a
    /// rule's action threw. The exception names the rule.
    /// </exception>
    public int Fire()
    {
        if (waiting is { Count: > 0 })
        {
            foreach (var (index, activation) in waiting)
            {
                memory.Requeue(index, activation);
            }

            waiting.Clear();
        }

        var fired = RunAgenda();
        if (plan.NoVersion.Length > 0)
        {
            ReportNoVersions();
        }

        return fired;
    }

    /// <summary>Frågar (queries) the session's facts, inserted and derived, that are of type <typeparamref name="T"/>.</summary>
    /// <typeparam name="T">The type to select (a class, interface or base type).</typeparam>
    /// <returns>The facts in insertion order.</returns>
    public IEnumerable<T> Query<T>()
    {
        for (var i = 0; i < facts.Count; i++)
        {
            if (facts[i] is T fact)
            {
                yield return fact;
            }
        }
    }

    private void InsertCore(object fact, bool isDerived)
    {
        if (!known.Add(fact))
        {
            return;
        }

        if (facts.Count >= options.MaxFacts)
        {
            throw isDerived
                ? RuleEngineException.Runaway(context.Rule.Id, "was inserting a fact", options.MaxFacts, "facts in working memory")
                : new RuleEngineException(string.Create(
                    CultureInfo.InvariantCulture,
                    $"Inserting a fact would exceed the session's {options.MaxFacts} facts in working memory."));
        }

        facts.Add(fact);
        if (isDerived)
        {
            derived.Add(fact);
        }

        Propagate(fact);
    }

    private void Propagate(object fact)
    {
        var routes = plan.RoutesFor(fact.GetType());
        for (var i = 0; i < routes.Length; i++)
        {
            var route = routes[i];
            if (route.Filter is { } filter)
            {
                filter.Add(memory, fact);
            }
            else
            {
                route.Node.OnFact(memory, route.Pattern, fact);
            }
        }
    }

    private int RunAgenda()
    {
        var fired = 0;
        while (memory.TryDequeue(out var index, out var activation))
        {
            var node = ruleSet.Node(index);
            if (node.IsFiltered && !FiltersPass(index, node, activation))
            {
                continue;
            }

            if (++activations > options.MaxActivations)
            {
                throw RuleEngineException.Runaway(node.Metadata.Id, "was firing", options.MaxActivations, "activations");
            }

            context.Activate(node, activation);
            try
            {
                node.Definition.Action(context, activation.A, activation.B, activation.C);
            }
            catch (Exception e) when (e is not RuleEngineException)
            {
                throw new RuleEngineException(node.Metadata.Id, $"Rule {node.Metadata.Id} failed: {e.Message}", e);
            }

            fired++;
        }

        return fired;
    }

    // Every type a filter tests is derived in a lower stratum, which is saturated when this activation comes up.
    private bool FiltersPass(int index, RuleNode node, in Activation activation)
    {
        var ready = true;
        foreach (var filter in node.Definition.Filters)
        {
            var match = filter.AnyMatch(memory, in activation);
            if (filter.Negated && match)
            {
                // Memory only grows: a blocked NotExists stays blocked.
                return false;
            }

            ready &= filter.Negated || match;
        }

        if (!ready)
        {
            (waiting ??= []).Add((index, activation));
        }

        return ready;
    }

    // A rule with no version in force is reported once, and only when a fact it would have matched is present.
    // Facts scanned by an earlier Fire are not scanned again.
    private void ReportNoVersions()
    {
        var rules = plan.NoVersion;
        var reported = noVersionReported ??= new bool[rules.Length];
        for (var i = 0; i < rules.Length; i++)
        {
            if (reported[i])
            {
                continue;
            }

            var trigger = rules[i].Trigger;
            for (var f = noVersionScanned; f < facts.Count; f++)
            {
                if (trigger.IsInstanceOfType(facts[f]))
                {
                    reported[i] = true;
                    findings.Add(FindingFactory.NoVersionFinding(options, rules[i].Id, EvaluationDate, facts[f]));
                    break;
                }
            }
        }

        noVersionScanned = facts.Count;
    }

    /// <summary>The context handed to actions; one per session, re-pointed at each activation.</summary>
    private sealed class Context(RuleSession session) : IRuleContext
    {
        private RuleNode? node;
        private Activation activation;

        public DateOnly AsOf => session.options.AsOf;

        public RuleSettings Settings => session.options.Settings;

        public RuleMetadata Rule => node!.Metadata;

        public void Activate(RuleNode node, Activation activation)
        {
            this.node = node;
            this.activation = activation;
        }

        public void Insert(object fact)
        {
            Guard.Against.Null(fact);
            node!.EnsureDeclared(fact);
            session.InsertCore(fact, isDerived: true);
        }

        public void Report(string path, params ReadOnlySpan<(string Name, object? Value)> arguments)
        {
            Guard.Against.Null(path);
            var counts = session.reportedPerRule ??= new int[session.ruleSet.NodeCount];
            var count = ++counts[node!.Index];
            var max = session.options.MaxFindingsPerRule;
            if (count <= max)
            {
                session.findings.Add(FindingFactory.CreateFinding(session.options, node.Metadata, path, node.Tuple(activation), arguments));
            }
            else if (count == max + 1)
            {
                ReadOnlySpan<(string, object?)> capped = [("ruleId", node.Metadata.Id), ("max", max)];
                session.findings.Add(FindingFactory.CreateFinding(session.options, EngineFindings.FindingsCapped, path, node.Tuple(activation), capped));
            }
        }
    }
}
