using FsCheck;
using FsCheck.Fluent;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Tests.Rules;
using static Trygghet.Domain.Tests.Rules.TestRules;
using Trygghet.Domain.Rules.Runtime;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.Tests.Properties;

/// <summary>
/// Laws of the rule engine, checked on generated fact sets against naive nested-loop oracles. Each property runs
/// 1,000 cases; fact sets hold up to about 40 facts with keys 0-4, so joins, self-joins and filters all hit.
/// </summary>
public sealed class RuleEngineProperties
{
    /// <summary>The laws' rule set: single-fact, two- and three-way joins, a self-join, filters and chaining.</summary>
    private static readonly Rule[] LawRules =
    [
        HighItem("HIGH", threshold: 2),
        ItemOwner("PAIR"),
        TestRules.Rule("TRIPLE", r => r.Match<Item>()
            .Join<Owner, int>(i => i.Key, o => o.Key)
            .Join<Label, int>((i, o) => i.Key, l => l.Key, (i, o, l) => l.Value >= o.Value)
            .Then((ctx, i, o, l) => ctx.Report("t", ("key", i.Key)))),
        TestRules.Rule("SELF", r => r.Match<Item>()
            .Join<Item, int>(a => a.Key, b => b.Key, (a, b) => a.Value < b.Value)
            .Then((ctx, a, b) => ctx.Report("s", ("key", a.Key)))),
        TestRules.Rule("LONELY", r => r.Match<Item>()
            .NotExists<Owner, int>(i => i.Key, o => o.Key)
            .Then((ctx, i) => ctx.Report(i.Path, ("key", i.Key))), priority: 5),
        TestRules.Rule("OWNED", r => r.Match<Item>()
            .Exists<Label, int>(i => i.Key, l => l.Key, (i, l) => l.Value == i.Value)
            .Then((ctx, i) => ctx.Report(i.Path, ("key", i.Key)))),
        // Chaining: a label with value 4 derives an owner (value 0) for its key, which feeds PAIR, TRIPLE, LONELY.
        TestRules.Rule("DERIVE", r => r.Inserts<Owner>().Match<Label>(l => l.Value == 4).Then((ctx, l) => ctx.Insert(new Owner(l.Key, 0))), priority: -1),
    ];

    private static readonly CompiledRuleSet LawSet = new RuleSetBuilder().Add(LawRules).Build();

    private static readonly string[] LawIds = [.. LawRules.Select(r => r.Metadata.Id)];

    /// <summary>A fact to generate: kind 0 = item, 1 = owner, 2 = label.</summary>
    public readonly record struct FactSpec(int Kind, int Key, int Value);

    /// <summary>Facts plus a seed for a permutation of them.</summary>
    public sealed record FactCase(FactSpec[] Facts, int Seed)
    {
        public object[] Build() => [.. Facts.Select(f => f.Kind switch
        {
            0 => (object)new Item(f.Key, f.Value),
            1 => new Owner(f.Key, f.Value),
            _ => new Label(f.Key, f.Value),
        })];

        public override string ToString() => $"Seed {Seed}: [{string.Join(", ", Facts)}]";
    }

    internal static readonly Gen<FactSpec> Spec =
        from kind in Gen.Choose(0, 2)
        from key in Gen.Choose(0, 4)
        from value in Gen.Choose(0, 4)
        select new FactSpec(kind, key, value);

    internal static readonly Gen<FactCase> CaseGen =
        from count in Gen.Choose(0, 40)
        from facts in Gen.ArrayOf(Spec, count)
        from seed in Gen.Choose(0, int.MaxValue)
        select new FactCase(facts, seed);

    internal static IEnumerable<FactCase> Shrink(FactCase c)
    {
        for (var i = 0; i < c.Facts.Length; i++)
        {
            yield return c with { Facts = [.. c.Facts[..i], .. c.Facts[(i + 1)..]] };
        }

        for (var i = 0; i < c.Facts.Length; i++)
        {
            var f = c.Facts[i];
            if (f.Value > 0)
            {
                yield return c with { Facts = [.. c.Facts[..i], f with { Value = f.Value - 1 }, .. c.Facts[(i + 1)..]] };
            }
        }
    }

    private static readonly Arbitrary<FactCase> Cases = Arb.From(CaseGen, Shrink);

    /// <summary>Cases plus a subset of the law rules to disable.</summary>
    private static readonly Arbitrary<(FactCase Case, bool[] Disabled)> CasesWithDisabled = Arb.From(
        from c in CaseGen
        from disabled in Gen.ArrayOf(Gen.Elements(true, false, false), LawRules.Length)
        select (Case: c, Disabled: disabled),
        x => Shrink(x.Case).Select(c => (c, x.Disabled)));

    [DomainProperty]
    public Property Fire_AnyInsertionOrder_SameFindingsAndDerivedFacts() =>
        Prop.ForAll(Cases, c =>
        {
            var facts = c.Build();
            var shuffled = facts.ToArray();
            new Random(c.Seed).Shuffle(shuffled);
            var first = Run(LawSet, facts);
            var second = Run(LawSet, shuffled);
            return Signatures(first, facts).SequenceEqual(Signatures(second, facts))
                && DerivedSignature(first).SequenceEqual(DerivedSignature(second));
        });

    [DomainProperty]
    public Property Fire_Again_AddsNothing() =>
        Prop.ForAll(Cases, c =>
        {
            var session = Run(LawSet, c.Build());
            var findings = session.Findings.Count;
            var derived = session.DerivedFacts.Count;
            return session.Fire() == 0 && session.Findings.Count == findings && session.DerivedFacts.Count == derived;
        });

    [DomainProperty]
    public Property Fire_InTwoBatches_SameAsOneBatchForPositiveRules() =>
        Prop.ForAll(Cases, c =>
        {
            var positive = new RuleSetBuilder().Add(LawRules).Disable("LONELY").Disable("OWNED").Build();
            var facts = c.Build();
            var once = Run(positive, facts);
            var split = positive.OpenSession(Options());
            var half = facts.Length / 2;
            split.InsertAll(facts.Take(half));
            split.Fire();
            split.InsertAll(facts.Skip(half));
            split.Fire();
            return Signatures(once, facts).SequenceEqual(Signatures(split, facts));
        });

    [DomainProperty]
    public Property Fire_EachTuple_ActivatesOnce() =>
        Prop.ForAll(Cases, c =>
        {
            var session = Run(LawSet, c.Build());
            var signatures = Signatures(session, [.. session.Query<object>()]);
            return signatures.Distinct(StringComparer.Ordinal).Count() == signatures.Count;
        });

    [DomainProperty]
    public Property Fire_DisabledRule_NeverFires() =>
        Prop.ForAll(CasesWithDisabled, x =>
        {
            var builder = new RuleSetBuilder().Add(LawRules);
            var off = LawIds.Where((id, i) => x.Disabled[i]).ToHashSet();
            foreach (var id in off)
            {
                builder.Disable(id);
            }

            var session = Run(builder.Build(), x.Case.Build());
            return session.Findings.All(f => !off.Contains(f.RuleId))
                && (!off.Contains("DERIVE") || session.DerivedFacts.Count == 0);
        });

    [DomainProperty]
    public Property Fire_Joins_AgreeWithNestedLoopOracle() =>
        Prop.ForAll(Cases, c =>
        {
            var facts = c.Build();
            var session = Run(LawSet, facts);
            var all = session.Query<object>().ToArray();
            var items = all.OfType<Item>().ToArray();
            var owners = all.OfType<Owner>().ToArray();
            var labels = all.OfType<Label>().ToArray();

            var expected = new List<string>();
            foreach (var i in items)
            {
                Add(expected, "HIGH", i.Value > 2, i);
                Add(expected, "LONELY", !owners.Any(o => o.Key == i.Key), i);
                Add(expected, "OWNED", labels.Any(l => l.Key == i.Key && l.Value == i.Value), i);
                foreach (var b in items)
                {
                    Add(expected, "SELF", i.Key == b.Key && i.Value < b.Value, i, b);
                }

                foreach (var o in owners)
                {
                    Add(expected, "PAIR", i.Key == o.Key && i.Value > o.Value, i, o);
                    foreach (var l in labels)
                    {
                        Add(expected, "TRIPLE", i.Key == o.Key && i.Key == l.Key && l.Value >= o.Value, i, o, l);
                    }
                }
            }

            expected.Sort(StringComparer.Ordinal);
            var derivedOk = session.DerivedFacts.Cast<Owner>().Select(o => o.Key).Order()
                .SequenceEqual(labels.Where(l => l.Value == 4).Select(l => l.Key).Order());
            return derivedOk && Signatures(session, all).SequenceEqual(expected);

            void Add(List<string> into, string id, bool matches, params object[] tuple)
            {
                if (matches)
                {
                    into.Add(Signature(id, tuple, all));
                }
            }
        });

    /// <summary>Versions of one rule: (gap before, length) in days, laid end to end from 2000-01-01; the last may be open.</summary>
    private static readonly Arbitrary<(int Gap, int Length)[]> VersionPeriods = Arb.From(
        from count in Gen.Choose(1, 4)
        from periods in Gen.ArrayOf(Gen.Choose(0, 3).SelectMany(gap => Gen.Choose(1, 10).Select(length => (Gap: gap, Length: length))), count)
        select periods,
        periods => Enumerable.Range(0, periods.Length).Where(_ => periods.Length > 1)
            .Select(i => periods.Where((_, j) => j != i).ToArray()));

    [DomainProperty]
    public Property OpenSession_EvaluationDate_RunsExactlyTheVersionInForceOrSaysNone() =>
        Prop.ForAll(VersionPeriods, Arb.From(Gen.Choose(-2, 60), d => d > 0 ? [d / 2] : []), (periods, offset) =>
        {
            var start = new DateOnly(2000, 1, 1);
            var bases = new List<LegalBasis>();
            var from = start;
            for (var i = 0; i < periods.Length; i++)
            {
                from = from.AddDays(periods[i].Gap);
                var to = from.AddDays(periods[i].Length - 1);
                var open = i == periods.Length - 1 && periods[i].Length > 5;
                bases.Add(new LegalBasis(new Trygghet.Domain.Common.LocalizedText("Lag", "Act"), from, open ? null : to));
                from = to.AddDays(1);
            }

            var versions = bases.Select((basis, i) => TestRules.Rule(
                "VERSIONED",
                r => r.Match<Item>().Then((ctx, item) => ctx.Report("v" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), ("key", item.Key))),
                basis: basis));
            var set = new RuleSetBuilder().Add(versions).Build();
            var date = start.AddDays(offset);
            var session = Run(set, [new Item(1, 1)], Options(date));

            var inForce = bases.FindIndex(b => b.IsInForceOn(date));
            var finding = Assert.Single(session.Findings);
            return inForce >= 0
                ? finding.RuleId == "VERSIONED" && finding.Path == "$.v" + inForce.ToString(System.Globalization.CultureInfo.InvariantCulture)
                : finding.RuleId == EngineFindings.NoVersionInForce.Id;
        });

    [DomainProperty]
    public Property Fire_InterfacePattern_MatchesEveryImplementingFactOnce() =>
        Prop.ForAll(Cases, c =>
        {
            var rule = TestRules.Rule("KEYED", r => r.Match<IKeyed>(k => k.Key > 1)
                .Join<Item, int>(k => k.Key, i => i.Key)
                .Then((ctx, k, i) => ctx.Report("k", ("key", k.Key))));
            var facts = c.Build();
            var session = Run(new RuleSetBuilder().Add(rule).Build(), facts);
            var expected = (
                from k in facts.OfType<IKeyed>()
                where k.Key > 1
                from i in facts.OfType<Item>()
                where i.Key == k.Key
                select Signature("KEYED", [k, i], facts)).Order(StringComparer.Ordinal);
            return Signatures(session, facts).SequenceEqual(expected);
        });

    /// <summary>Findings as sorted "RULE:i,j" strings, where i, j index the facts (derived facts by value).</summary>
    private static List<string> Signatures(RuleSession session, object[] facts)
    {
        var list = session.Findings.Select(f => Signature(f.RuleId, [.. f.Facts], facts)).ToList();
        list.Sort(StringComparer.Ordinal);
        return list;
    }

    private static string Signature(string ruleId, object[] tuple, object[] facts) =>
        ruleId + ":" + string.Join(",", tuple.Select(t =>
        {
            // Facts not among the given ones are derived: new instances per run, so identify them by value.
            var index = Array.FindIndex(facts, f => ReferenceEquals(f, t));
            return index >= 0 ? index.ToString(System.Globalization.CultureInfo.InvariantCulture) : "d" + t;
        }));

    private static List<string> DerivedSignature(RuleSession session) =>
        [.. session.DerivedFacts.Select(f => f.ToString()!).Order(StringComparer.Ordinal)];
}
