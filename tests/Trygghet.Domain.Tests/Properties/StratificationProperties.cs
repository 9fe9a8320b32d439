using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using Trygghet.Domain.Common;
using Trygghet.Domain.Rules.Authoring;
using Trygghet.Domain.Rules.Runtime;
using Trygghet.Domain.Tests.Rules;

namespace Trygghet.Domain.Tests.Properties;

/// <summary>
/// Stratified negation: a rule testing Exists/NotExists on a derived type sees every fact of that type, so the
/// findings of a rule set are determined by its rules and facts alone, not by the order the rules were added or
/// their priorities; and a rule set that negates its own conclusions cannot be ordered and is refused, naming the rules.
/// </summary>
public sealed class StratificationProperties
{
    [DomainProperty]
    public Property Fire_RulesAddedInAnyOrderWithAnyPriorities_SameFindings() =>
        Prop.ForAll(GeneratedRuleSets.Arbitrary, Arb.From(Gen.Choose(0, int.MaxValue)), (c, seed) =>
        {
            var facts = GeneratedRuleSets.BuildFacts(c.Facts);
            var random = new Random(seed);
            var reordered = c.CreateRules([.. c.Rules.Select(_ => random.Next(-3, 4))]);
            random.Shuffle(reordered);
            var first = EngineEquivalenceProperties.Multiset(TestRules.Run(c.Build(), facts).Findings);
            var second = EngineEquivalenceProperties.Multiset(TestRules.Run(new RuleSetBuilder().Add(reordered).Build(), facts).Findings);
            return first.SequenceEqual(second, StringComparer.Ordinal)
                .Label($"as generated: {string.Join(" | ", first)}\nreordered: {string.Join(" | ", second)}");
        });

    [DomainProperty]
    public Property Fire_NotExistsOverDerivedType_NoFindingWhoseBlockerIsDerived() =>
        Prop.ForAll(GeneratedRuleSets.Arbitrary, c =>
        {
            // Every report of a NotExists rule (shape 2) names a fact of its first type whose key has no fact of
            // the negated type among all facts at the end, derived ones included.
            var session = TestRules.Run(c.Build(), GeneratedRuleSets.BuildFacts(c.Facts));
            var all = session.Query<IGenFact>().ToArray();
            return c.Rules.Select((r, i) => (Rule: r, Id: "R" + i.ToString(CultureInfo.InvariantCulture)))
                .Where(x => x.Rule.Shape == 2)
                .All(x => session.Findings.Where(f => f.RuleId == x.Id).All(f =>
                    !all.Any(o => GeneratedRuleSets.Types[x.Rule.Other].IsInstanceOfType(o) && o.Key == ((IGenFact)f.Facts[0]).Key)));
        });

    /// <summary>A cycle of 1-3 derived types, each rule deriving the next; per link, whether it reads its type through NotExists.</summary>
    private static readonly Arbitrary<bool[]> Cycles = Arb.From(
        Gen.Choose(1, 3).SelectMany(n => Gen.ArrayOf(Gen.Elements(true, false), n)),
        links => links.Length > 1 ? [links[1..]] : []);

    [DomainProperty]
    public Property Build_CycleOfDerivations_RefusedNamingItsRulesExactlyWhenALinkNegates() =>
        Prop.ForAll(Cycles, links =>
        {
            var rules = links.Select((negated, i) => Link(i, (i + 1) % links.Length, negated)).ToArray();
            var build = () => new RuleSetBuilder().Add(rules).Build();
            if (!links.Contains(true))
            {
                return build() is not null;
            }

            var error = Assert.Throws<InvalidOperationException>(build);
            var swedish = DomainGuards.SwedishMessage(error) ?? string.Empty;
            return rules.All(r => error.Message.Contains(r.Metadata.Id, StringComparison.Ordinal)
                && swedish.Contains(r.Metadata.Id, StringComparison.Ordinal));
        });

    private static Rule Link(int from, int to, bool negated)
    {
        var id = "LINK-" + from.ToString(CultureInfo.InvariantCulture);
        var source = GeneratedRuleSets.Types[3 + from];
        var target = GeneratedRuleSets.Types[3 + to];
        return (Rule)typeof(StratificationProperties)
            .GetMethod(nameof(LinkTyped), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
            .MakeGenericMethod(source, target)
            .Invoke(null, [id, negated])!;
    }

    private static Rule LinkTyped<TSource, TTarget>(string id, bool negated)
        where TSource : class, IGenFact
        where TTarget : class, IGenFact
    {
        TTarget Next(int key) => (TTarget)Activator.CreateInstance(typeof(TTarget), key, 0)!;
        return negated
            ? TestRules.Rule(id, r => r.Inserts<TTarget>().Match<GItem>().NotExists<TSource, int>(i => i.Key, s => s.Key).Then((ctx, i) => ctx.Insert(Next(i.Key))))
            : TestRules.Rule(id, r => r.Inserts<TTarget>().Match<TSource>().Then((ctx, s) => ctx.Insert(Next(s.Key))));
    }
}
