using System.Diagnostics;
using BenchmarkDotNet.Running;
using Trygghet.Domain.Benchmarks;
using Trygghet.Domain.NRules;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Rules.Runtime;

switch (args)
{
    // `cold`: time the very first build of the rule set in a fresh process (JIT included).
    case ["cold"]:
    {
        var watch = Stopwatch.StartNew();
        var rules = BenchmarkRules.All();
        var create = watch.Elapsed.TotalMilliseconds;
        watch.Restart();
        var set = new RuleSetBuilder().Add(rules).Build();
        var build = watch.Elapsed.TotalMilliseconds;
        watch.Restart();
        set.OpenSession(BenchmarkRules.Options).Fire();
        var open = watch.Elapsed.TotalMilliseconds;
        Console.WriteLine($"Cold: create {rules.Length} rule objects {create:F2} ms, build {build:F2} ms, first session open + fire {open:F2} ms");
        break;
    }

    // `cold-nrules`: the same for NRules: build, translate and compile, first session open and fire.
    case ["cold-nrules"]:
    {
        var watch = Stopwatch.StartNew();
        var set = new RuleSetBuilder().Add(BenchmarkRules.All()).Build();
        var build = watch.Elapsed.TotalMilliseconds;
        watch.Restart();
        var factory = TrygghetNRules.Compile(set.ToNRules(BenchmarkRules.AsOf));
        var compile = watch.Elapsed.TotalMilliseconds;
        watch.Restart();
        factory.CreateSession().Fire();
        var open = watch.Elapsed.TotalMilliseconds;
        Console.WriteLine($"Cold NRules: build {build:F2} ms, translate + NRules compile {compile:F2} ms, first session open + fire {open:F2} ms");
        break;
    }

    // `check`: the engine and the hand-written checks agree on every size; rough timings.
    case ["check"]:
        foreach (var size in new[] { 100, 1_000, 10_000 })
        {
            var bench = new InsertFireBenchmarks { Facts = size };
            bench.Setup();
            var findings = bench.Engine();
            var engine = Best(() => bench.Engine());
            var manual = Best(() => bench.HandWritten());
            var insertOnly = Best(() => bench.InsertOnly());
            var nrules = Best(() => bench.NRules());
            Console.WriteLine($"{size,7} facts: {findings,6} findings, engine {engine,8:F2} ms, hand-written {manual,8:F2} ms, ratio {engine / manual:F2}, of which insert {insertOnly:F2} ms; NRules {nrules:F2} ms ({nrules / engine:F1}x the engine)");
        }

        break;

    // .NET 10 is unknown to BenchmarkDotNet 0.14.0's runtime list: run in process unless told otherwise.
    default:
        BenchmarkSwitcher.FromAssembly(typeof(BenchmarkRules).Assembly)
            .Run(args.Contains("--inProcess", StringComparer.OrdinalIgnoreCase) ? args : [.. args, "--inProcess"]);
        break;
}

static double Best(Func<int> run)
{
    var best = double.MaxValue;
    for (var i = 0; i < 15; i++)
    {
        var watch = Stopwatch.StartNew();
        run();
        best = Math.Min(best, watch.Elapsed.TotalMilliseconds);
    }

    return best;
}
