using Trygghet.Domain.Common;
using Trygghet.Domain.Rules;
using static Trygghet.Domain.Tests.Rules.TestRules;
using Trygghet.Domain.Rules.Runtime;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.Tests.Rules;

public sealed class RuleSessionTests
{
    [Fact]
    public void Fire_SingleFactCondition_ReportsEachMatchingFactOnce()
    {
        var set = new RuleSetBuilder().Add(HighItem()).Build();
        var session = Run(set, [new Item(1, 3), new Item(2, 7), new Item(3, 9)]);

        Assert.Equal(["$.items[2]", "$.items[3]"], session.Findings.Select(f => f.Path));
        Assert.Equal(0, session.Fire());
    }

    [Fact]
    public void Fire_TwoFactJoin_ReportsMatchingPairsOnly()
    {
        var set = new RuleSetBuilder().Add(ItemOwner()).Build();
        Item a = new(1, 10), b = new(1, 2), c = new(2, 10);
        Owner x = new(1, 5), y = new(3, 0);
        var session = Run(set, [a, b, c, x, y]);

        var finding = Assert.Single(session.Findings);
        Assert.Equal(new object[] { a, x }, finding.Facts.ToArray());
    }

    [Fact]
    public void Fire_ThreeFactJoin_ReportsTriplesInPatternOrder()
    {
        var rule = Rule("TRIPLE", r => r.Match<Item>()
            .Join<Owner, int>(i => i.Key, o => o.Key)
            .Join<Label, int>((i, o) => o.Key, l => l.Key, (i, o, l) => l.Value == i.Value)
            .Then((ctx, i, o, l) => ctx.Report("t", ("key", i.Key))));
        Item i1 = new(1, 1), i2 = new(1, 2);
        Owner o1 = new(1, 0);
        Label l1 = new(1, 2), l2 = new(2, 2);
        var session = Run(new RuleSetBuilder().Add(rule).Build(), [l1, l2, o1, i1, i2]);

        var finding = Assert.Single(session.Findings);
        Assert.Equal(new object[] { i2, o1, l1 }, finding.Facts.ToArray());
    }

    [Fact]
    public void Fire_NotExistsAndExists_FilterByKey()
    {
        var lonely = Rule("LONELY", r => r.Match<Item>()
            .NotExists<Owner, int>(i => i.Key, o => o.Key)
            .Then((ctx, i) => ctx.Report(i.Path, ("key", i.Key))));
        var owned = Rule("OWNED", r => r.Match<Item>()
            .Exists<Owner, int>(i => i.Key, o => o.Key, (i, o) => o.Value > 0)
            .Then((ctx, i) => ctx.Report(i.Path, ("key", i.Key))));
        var session = Run(
            new RuleSetBuilder().Add(lonely, owned).Build(),
            [new Item(1, 0), new Item(2, 0), new Owner(2, 1), new Item(3, 0), new Owner(3, 0)]);

        Assert.Equal(["$.items[1]"], session.Findings.Where(f => f.RuleId == "LONELY").Select(f => f.Path));
        Assert.Equal(["$.items[2]"], session.Findings.Where(f => f.RuleId == "OWNED").Select(f => f.Path));
    }

    [Fact]
    public void Fire_NotExistsOverDerivedFact_SeesFactsDerivedByPositiveRules()
    {
        // OWNER-FOR derives an owner for key 1; LONELY must then not fire for item 1, whatever the order.
        var derive = Rule("OWNER-FOR", r => r.Inserts<Owner>().Match<Label>().Then((ctx, l) => ctx.Insert(new Owner(l.Key, 0))));
        var lonely = Rule("LONELY", r => r.Match<Item>()
            .NotExists<Owner, int>(i => i.Key, o => o.Key)
            .Then((ctx, i) => ctx.Report(i.Path, ("key", i.Key))), priority: 100);
        var session = Run(new RuleSetBuilder().Add(derive, lonely).Build(), [new Item(1, 0), new Item(2, 0), new Label(1, 0)]);

        Assert.Equal(["$.items[2]"], session.Findings.Select(f => f.Path));
    }

    [Fact]
    public void Fire_InterfacePattern_MatchesImplementingFacts()
    {
        var rule = Rule("KEYED", r => r.Match<IKeyed>(k => k.Key == 7).Then((ctx, k) => ctx.Report("k", ("key", k.Key))));
        var session = Run(new RuleSetBuilder().Add(rule).Build(), [new Item(7, 0), new Owner(7, 0), new Label(1, 0)]);

        Assert.Equal(2, session.Findings.Count);
    }

    [Fact]
    public void Insert_SameInstanceTwice_IsIgnoredButEqualRecordsAreDistinct()
    {
        var item = new Item(1, 9);
        var session = Run(new RuleSetBuilder().Add(HighItem()).Build(), [item, item, new Item(1, 9)]);

        Assert.Equal(2, session.Findings.Count);
        Assert.Equal(2, session.Query<Item>().Count());
    }

    [Fact]
    public void Fire_Priority_HigherFiresFirst()
    {
        var order = new List<string>();
        var low = Rule("LOW", r => r.Match<Item>().Then((ctx, i) => order.Add("LOW")), priority: 1);
        var high = Rule("HIGH", r => r.Match<Item>().Then((ctx, i) => order.Add("HIGH")), priority: 10);
        Run(new RuleSetBuilder().Add(low, high).Build(), [new Item(1, 1)]);

        Assert.Equal(["HIGH", "LOW"], order);
    }

    [Fact]
    public void Fire_DerivedFactsChainThreeDeep_ReachesTheEnd()
    {
        Rule Chain(int level) => Rule($"STAGE-{level}", r => r.Inserts<Stage>().Match<Stage>(s => s.Level == level)
            .Then((ctx, s) => ctx.Insert(new Stage(level + 1, s.Key))));
        var end = Rule("END", r => r.Match<Stage>(s => s.Level == 3)
            .Join<Item, int>(s => s.Key, i => i.Key)
            .Then((ctx, s, i) => ctx.Report(i.Path, ("key", s.Key))));
        var session = Run(new RuleSetBuilder().Add(end, Chain(2), Chain(1), Chain(0)).Build(), [new Stage(0, 4), new Item(4, 0)]);

        Assert.Equal([1, 2, 3], session.DerivedFacts.Cast<Stage>().Select(s => s.Level));
        Assert.Equal(["$.items[4]"], session.Findings.Select(f => f.Path));
        Assert.Equal(4, session.Query<Stage>().Count());
    }

    [Fact]
    public void Fire_RunawayChaining_ThrowsNamingTheRule()
    {
        var runaway = Rule("RUNAWAY", r => r.Inserts<Counter>().Match<Counter>().Then((ctx, c) => ctx.Insert(new Counter(c.N + 1))));
        var session = new RuleSetBuilder().Add(runaway).Build().OpenSession(Options(maxActivations: 100));
        session.Insert(new Counter(0));

        var error = Assert.Throws<RuleEngineException>(() => session.Fire());
        Assert.Equal("RUNAWAY", error.RuleId);
        Assert.Contains("RUNAWAY", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fire_ActionThrows_WrapsNamingTheRule()
    {
        var broken = Rule("BROKEN", r => r.Match<Item>().Then((ctx, i) => ctx.Report("p")));
        var session = new RuleSetBuilder().Add(broken).Build().OpenSession(Options());
        session.Insert(new Item(1, 1));

        var error = Assert.Throws<RuleEngineException>(() => session.Fire());
        Assert.Contains("BROKEN", error.Message, StringComparison.Ordinal);
        Assert.Contains("{key}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_Explanation_CarriesRuleBasisFactsAndFormattedArguments()
    {
        var basis = new LegalBasis(new LocalizedText("KL 5 kap. 69 §", "LGA ch. 5 s. 69"), new DateOnly(2018, 1, 1));
        var rule = new DelegateRule(
            Meta("EXPLAIN", basis: basis, swedish: "Justerad {attested}, senast {deadline}, {n} dagar.", english: "Attested {attested}, due {deadline}, {n} days."),
            r => r.Match<Item>().Join<Owner, int>(i => i.Key, o => o.Key).Then((ctx, i, o) =>
                ctx.Report(i.Path, ("deadline", new DateOnly(2024, 3, 5)), ("attested", new DateOnly(2024, 3, 9)), ("n", 1234.5))));
        Item item = new(1, 1);
        Owner owner = new(1, 1);
        var finding = Assert.Single(Run(new RuleSetBuilder().Add(rule).Build(), [owner, item]).Findings);

        Assert.Equal("EXPLAIN", finding.RuleId);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Same(basis, finding.Basis);
        Assert.Equal(new object[] { item, owner }, finding.Facts.ToArray());
        Assert.Equal("$.items[1]", finding.Path);
        Assert.Equal("Justerad 2024-03-09, senast 2024-03-05, 1234.5 dagar.", finding.Message.Swedish);
        Assert.Equal("Attested 2024-03-09, due 2024-03-05, 1234.5 days.", finding.Message.English);
        Assert.Equal(["deadline", "attested", "n"], finding.Arguments.Select(a => a.Key));
    }

    [Fact]
    public void Context_AsOfAndSettings_ComeFromTheSessionOptions()
    {
        DateOnly? seen = null;
        int? limit = null;
        var rule = Rule("CTX", r => r.Match<Item>().Then((ctx, i) =>
        {
            seen = ctx.AsOf;
            limit = ctx.Settings.Get<Limits>().Days;
        }));
        var options = Options() with { Settings = RuleSettings.Empty.With(new Limits { Days = 9 }) };
        Run(new RuleSetBuilder().Add(rule).Build(), [new Item(1, 1)], options);

        Assert.Equal(Today, seen);
        Assert.Equal(9, limit);
    }

    [Fact]
    public void RuleSettings_GetAbsent_ReturnsDefaultInstance()
    {
        Assert.Equal(14, RuleSettings.Empty.Get<Limits>().Days);
        var settings = RuleSettings.Empty.With(new Limits { Days = 3 });
        Assert.Equal(3, settings.Get<Limits>().Days);
        Assert.Equal(14, RuleSettings.Empty.Get<Limits>().Days);
    }

    [Fact]
    public void OpenSession_ManySessionsInParallel_ProduceIdenticalResults()
    {
        var set = new RuleSetBuilder().Add(HighItem(), ItemOwner()).Build();
        var facts = Enumerable.Range(0, 200).SelectMany(k => new object[] { new Item(k % 50, k % 11), new Owner(k % 50, k % 7) }).ToArray();
        var expected = Signature(Run(set, facts));
        var results = new string[64];

        Parallel.For(0, results.Length, i => results[i] = Signature(Run(set, facts)));

        Assert.All(results, r => Assert.Equal(expected, r));
        static string Signature(RuleSession s) => string.Join(";", s.Findings.Select(f => f.RuleId + f.Path).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Insert_Null_Throws()
    {
        var session = new RuleSetBuilder().Build().OpenSession(Options());
        Assert.Throws<ArgumentNullException>(() => session.Insert(null!));
        Assert.Throws<ArgumentNullException>(() => session.InsertAll((object[])[new Item(1, 1), null!]));
    }

    public sealed class Limits
    {
        public int Days { get; init; } = 14;
    }
}
