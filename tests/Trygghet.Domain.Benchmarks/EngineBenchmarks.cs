using BenchmarkDotNet.Attributes;
using NRules;
using Trygghet.Domain.NRules;
using Trygghet.Domain.Samples;
using Trygghet.Domain.Validation;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Rules.Runtime;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.Benchmarks;

/// <summary>Building the ~20-rule set, and opening a session on it; the same on NRules (translate and compile).</summary>
[MemoryDiagnoser]
public class CompileAndOpenBenchmarks
{
    private readonly Rule[] rules = BenchmarkRules.All();
    private readonly SessionOptions options = BenchmarkRules.Options;
    private CompiledRuleSet set = null!;
    private ISessionFactory factory = null!;

    [GlobalSetup]
    public void Setup()
    {
        set = new RuleSetBuilder().Add(rules).Build();
        factory = CompileNRules();
    }

    [Benchmark]
    public CompiledRuleSet Compile() => new RuleSetBuilder().Add(rules).Build();

    [Benchmark]
    public RuleSession OpenSession() => set.OpenSession(options);

    /// <summary>The built rule set translated into NRules definitions and compiled by NRules.</summary>
    [Benchmark]
    public ISessionFactory CompileNRules() => TrygghetNRules.Compile(set.ToNRules(BenchmarkRules.AsOf));

    [Benchmark]
    public ISession OpenNRulesSession() => factory.CreateSession();
}

/// <summary>Validating one seed document with the default rules, on each engine.</summary>
[MemoryDiagnoser]
public class ValidationBenchmarks
{
    private readonly TrygghetValidator nrules = new(TrygghetValidatorOptions.Default.UseNRules());
    private SeedDocument seed = null!;

    [Params("cooperation-agreement-2022", "protocol-safety-committee-2020-11-20")]
    public string Document { get; set; } = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        seed = SeedCatalogue.Documents.Single(d => d.Name == Document);
        var builtIn = BuiltIn();
        var onNRules = NRules();
        if (builtIn != onNRules)
        {
            throw new InvalidOperationException($"The built-in engine found {builtIn} findings but NRules {onNRules}.");
        }
    }

    [Benchmark(Baseline = true)]
    public int BuiltIn() => TrygghetValidator.Default.Validate(seed.Document, seed.AsOf).Findings.Count;

    [Benchmark]
    public int NRules() => nrules.Validate(seed.Document, seed.AsOf).Findings.Count;
}

/// <summary>Insert + fire on ~N facts with the ~20 rules, against the same checks written by hand.</summary>
[MemoryDiagnoser]
public class InsertFireBenchmarks
{
    private readonly SessionOptions options = BenchmarkRules.Options;
    private CompiledRuleSet set = null!;
    private IRuleEvaluator nrules = null!;
    private HandWritten handWritten = null!;
    private object[] facts = [];

    // NRules takes about 30 s per operation at 100,000 facts: that size is left to the `check` mode.
    [Params(100, 1_000, 10_000)]
    public int Facts { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var rules = BenchmarkRules.All();
        set = new RuleSetBuilder().Add(rules).Build();
        handWritten = new HandWritten(rules);
        facts = BenchmarkRules.Facts(Facts);
        nrules = new NRulesRuleEngine().Prepare(set);
        var session = set.OpenSession(options);
        session.InsertAll<object>(facts);
        session.Fire();
        var engine = CountByRule(session.Findings);
        var manual = CountByRule(handWritten.Run(facts));
        var onNRules = CountByRule(nrules.Evaluate(facts, options));
        var differing = engine.Keys.Union(manual.Keys).Union(onNRules.Keys).Order(StringComparer.Ordinal)
            .Where(id => engine.GetValueOrDefault(id) != manual.GetValueOrDefault(id) || engine.GetValueOrDefault(id) != onNRules.GetValueOrDefault(id))
            .Select(id => $"{id}: engine {engine.GetValueOrDefault(id)}, NRules {onNRules.GetValueOrDefault(id)}, hand-written {manual.GetValueOrDefault(id)}")
            .ToList();
        if (differing.Count > 0)
        {
            throw new InvalidOperationException($"At {Facts} facts the three disagree on findings per rule: {string.Join("; ", differing)}.");
        }
    }

    private static Dictionary<string, int> CountByRule(IEnumerable<Finding> findings) =>
        findings.GroupBy(f => f.RuleId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

    [Benchmark]
    public int Engine()
    {
        var session = set.OpenSession(options);
        session.InsertAll<object>(facts);
        session.Fire();
        return session.Findings.Count;
    }

    /// <summary>The same rules on NRules (translated once in setup): insert, fire, collect the findings.</summary>
    [Benchmark]
    public int NRules() => nrules.Evaluate(facts, options).Count;

    /// <summary>Insert without firing: the matching and joining cost alone (used by the `check` mode).</summary>
    public int InsertOnly()
    {
        var session = set.OpenSession(options);
        session.InsertAll<object>(facts);
        return session.Findings.Count;
    }

    [Benchmark(Baseline = true)]
    public int HandWritten() => handWritten.Run(facts).Count;
}
