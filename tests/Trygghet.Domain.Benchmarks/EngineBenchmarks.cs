using BenchmarkDotNet.Attributes;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Rules.Runtime;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.Benchmarks;

/// <summary>Building the ~20-rule set, and opening a session on it.</summary>
[MemoryDiagnoser]
public class CompileAndOpenBenchmarks
{
    private readonly Rule[] rules = BenchmarkRules.All();
    private readonly SessionOptions options = new() { AsOf = BenchmarkRules.AsOf };
    private CompiledRuleSet set = null!;

    [GlobalSetup]
    public void Setup() => set = new RuleSetBuilder().Add(rules).Build();

    [Benchmark]
    public CompiledRuleSet Compile() => new RuleSetBuilder().Add(rules).Build();

    [Benchmark]
    public RuleSession OpenSession() => set.OpenSession(options);
}

/// <summary>Insert + fire on ~N facts with the ~20 rules, against the same checks written by hand.</summary>
[MemoryDiagnoser]
public class InsertFireBenchmarks
{
    private readonly SessionOptions options = new() { AsOf = BenchmarkRules.AsOf };
    private CompiledRuleSet set = null!;
    private HandWritten handWritten = null!;
    private object[] facts = [];

    [Params(100, 1_000, 10_000, 100_000)]
    public int Facts { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var rules = BenchmarkRules.All();
        set = new RuleSetBuilder().Add(rules).Build();
        handWritten = new HandWritten(rules);
        facts = BenchmarkRules.Facts(Facts);
        var engine = Engine();
        var manual = HandWritten();
        if (engine != manual)
        {
            throw new InvalidOperationException($"Engine found {engine} findings but the hand-written checks {manual}.");
        }
    }

    [Benchmark]
    public int Engine()
    {
        var session = set.OpenSession(options);
        session.InsertAll<object>(facts);
        session.Fire();
        return session.Findings.Count;
    }

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
