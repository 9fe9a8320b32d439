using System.Globalization;
using System.Reflection;
using FsCheck;
using FsCheck.Fluent;
using Trygghet.Domain.Rules.Authoring;
using Trygghet.Domain.Rules.Runtime;
using Trygghet.Domain.Tests.Rules;

namespace Trygghet.Domain.Tests.Properties;

/// <summary>A fact of a generated rule set: a key and a value, both 0-4.</summary>
public interface IGenFact
{
    int Key { get; }

    int Value { get; }
}

public sealed record GItem(int Key, int Value) : IGenFact;

public sealed record GOwner(int Key, int Value) : IGenFact;

public sealed record GLabel(int Key, int Value) : IGenFact;

/// <summary>Derived fact types: D1 is derived from given facts, D2 also from D1, D3 also from D1 and D2.</summary>
public sealed record D1(int Key, int Value) : IGenFact;

public sealed record D2(int Key, int Value) : IGenFact;

public sealed record D3(int Key, int Value) : IGenFact;

/// <summary>
/// Generated rule sets over three given and three derived fact types: reports on single facts, two- and three-way
/// joins, <c>Exists</c> and <c>NotExists</c> (also over derived types), and rules deriving facts (from joins, and
/// from negations, so negation and chaining meet). Derived types form a ladder (a rule deriving Dn reads only given
/// types and lower D's), so the rule sets can always be stratified.
/// </summary>
internal static class GeneratedRuleSets
{
    public static readonly Type[] Types = [typeof(GItem), typeof(GOwner), typeof(GLabel), typeof(D1), typeof(D2), typeof(D3)];

    /// <summary>
    /// One rule: shape 0 report a fact, 1 report a join, 2 report NotExists, 3 report Exists, 4 derive from a fact,
    /// 5 derive from a NotExists, 6 derive from a join, 7 report a three-way join.
    /// </summary>
    public sealed record RuleSpec(int Shape, int From, int Other, int Target, int Threshold, int Priority)
    {
        public bool Derives => Shape is 4 or 5 or 6;

        public override string ToString() =>
            string.Create(CultureInfo.InvariantCulture, $"shape {Shape} {Types[From].Name}/{Types[Other].Name}->{Types[Target].Name} t{Threshold} p{Priority}");
    }

    /// <summary>A rule set (ids R0, R1, ...) and the given facts.</summary>
    public sealed record Case(RuleSpec[] Rules, RuleEngineProperties.FactCase Facts)
    {
        public Rule[] CreateRules(int[]? priorities = null) =>
            [.. Rules.Select((r, i) => Create(r, "R" + i.ToString(CultureInfo.InvariantCulture), priorities?[i] ?? r.Priority))];

        public CompiledRuleSet Build() => new RuleSetBuilder().Add(CreateRules()).Build();

        public override string ToString() => $"[{string.Join("; ", Rules.AsEnumerable())}] {Facts}";
    }

    private static readonly Gen<RuleSpec> Specs =
        from shape in Gen.Choose(0, 7)
        from target in Gen.Choose(3, 5)
        from from_ in Gen.Choose(0, shape is 4 or 5 or 6 ? target - 1 : 5)
        from other in Gen.Choose(0, shape is 4 or 5 or 6 ? target - 1 : 5)
        from threshold in Gen.Choose(0, 4)
        from priority in Gen.Choose(-2, 2)
        select new RuleSpec(shape, from_, other, target, threshold, priority);

    public static Gen<Case> Cases { get; } =
        from count in Gen.Choose(1, 7)
        from rules in Gen.ArrayOf(Specs, count)
        from facts in RuleEngineProperties.CaseGen
        select new Case(rules, facts);

    private static IEnumerable<Case> Shrink(Case c)
    {
        for (var i = 0; i < c.Rules.Length && c.Rules.Length > 1; i++)
        {
            yield return c with { Rules = [.. c.Rules[..i], .. c.Rules[(i + 1)..]] };
        }

        foreach (var facts in RuleEngineProperties.Shrink(c.Facts))
        {
            yield return c with { Facts = facts };
        }
    }

    public static Arbitrary<Case> Arbitrary { get; } = Arb.From(Cases, Shrink);

    /// <summary>The given facts of a case, as generated-rule-set facts (kind 0 item, 1 owner, 2 label).</summary>
    public static object[] BuildFacts(RuleEngineProperties.FactCase facts) =>
        [.. facts.Facts.Select(f => f.Kind switch
        {
            0 => (object)new GItem(f.Key, f.Value),
            1 => new GOwner(f.Key, f.Value),
            _ => new GLabel(f.Key, f.Value),
        })];

    private static readonly MethodInfo CreateGeneric =
        typeof(GeneratedRuleSets).GetMethod(nameof(CreateTyped), BindingFlags.NonPublic | BindingFlags.Static)!;

    public static Rule Create(RuleSpec spec, string id, int priority) =>
        (Rule)CreateGeneric.MakeGenericMethod(Types[spec.From], Types[spec.Other], Types[spec.Target]).Invoke(null, [spec, id, priority])!;

    private static Rule CreateTyped<TA, TB, TD>(RuleSpec spec, string id, int priority)
        where TA : class, IGenFact
        where TB : class, IGenFact
        where TD : class, IGenFact
    {
        var t = spec.Threshold;
        Func<int, int, TD> derive = (key, value) => (TD)Activator.CreateInstance(typeof(TD), key, value)!;
        return TestRules.Rule(id, spec.Shape switch
        {
            0 => r => r.Match<TA>(a => a.Value >= t).Then((ctx, a) => Report(ctx, a)),
            1 => r => r.Match<TA>().Join<TB, int>(a => a.Key, b => b.Key, (a, b) => a.Value <= b.Value).Then((ctx, a, b) => Report(ctx, a, b.Value)),
            2 => r => r.Match<TA>(a => a.Value >= t).NotExists<TB, int>(a => a.Key, b => b.Key).Then((ctx, a) => Report(ctx, a)),
            3 => r => r.Match<TA>().Exists<TB, int>(a => a.Key, b => b.Key, (a, b) => b.Value >= t).Then((ctx, a) => Report(ctx, a)),
            4 => r => r.Inserts<TD>().Match<TA>(a => a.Value >= t).Then((ctx, a) => ctx.Insert(derive(a.Key, (a.Value + 1) % 5))),
            5 => r => r.Inserts<TD>().Match<TA>().NotExists<TB, int>(a => a.Key, b => b.Key, (a, b) => b.Value >= t).Then((ctx, a) => ctx.Insert(derive(a.Key, a.Value))),
            6 => r => r.Inserts<TD>().Match<TA>().Join<TB, int>(a => a.Key, b => b.Key, (a, b) => a.Value >= b.Value).Then((ctx, a, b) => ctx.Insert(derive(b.Key, a.Value))),
            _ => r => r.Match<TA>().Join<TB, int>(a => a.Key, b => b.Key).Join<GItem, int>((a, b) => a.Key, i => i.Key, (a, b, i) => i.Value >= t)
                .Then((ctx, a, b, i) => Report(ctx, a, i.Value)),
        }, priority);
    }

    private static void Report(IRuleContext ctx, IGenFact a, int other = -1) =>
        ctx.Report("p" + a.Key.ToString(CultureInfo.InvariantCulture), ("key", a.Key), ("value", a.Value), ("other", other));
}
