using Trygghet.Domain.Common;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Rules.Runtime;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.Tests.Rules;

/// <summary>A keyed test fact.</summary>
public interface IKeyed
{
    int Key { get; }
}

public sealed record Item(int Key, int Value) : IKeyed
{
    public string Path => $"items[{Key}]";
}

public sealed record Owner(int Key, int Value) : IKeyed;

public sealed record Label(int Key, int Value) : IKeyed;

public sealed record Stage(int Level, int Key);

public sealed record Counter(int N);

/// <summary>A rule whose definition is a lambda: handy for tests.</summary>
public sealed class DelegateRule(RuleMetadata metadata, Action<RuleBuilder> define) : Rule
{
    public override RuleMetadata Metadata { get; } = metadata;

    protected override void Define(RuleBuilder rule) => define(rule);
}

public static class TestRules
{
    public static readonly DateOnly Today = new(2024, 6, 1);

    public static RuleMetadata Meta(
        string id,
        int priority = 0,
        LegalBasis? basis = null,
        string swedish = "Fynd {key}.",
        string english = "Finding {key}.") => new()
        {
            Id = id,
            Name = new LocalizedText("Testregel " + id, "Test rule " + id),
            Description = new LocalizedText("En testregel.", "A test rule."),
            Message = new LocalizedText(swedish, english),
            Basis = basis ?? LegalBasis.Document(new LocalizedText("Testgrund", "Test basis")),
            Priority = priority,
        };

    public static Rule Rule(string id, Action<RuleBuilder> define, int priority = 0, LegalBasis? basis = null) =>
        new DelegateRule(Meta(id, priority, basis), define);

    /// <summary>Reports every item with a value above the threshold.</summary>
    public static Rule HighItem(string id = "HIGH-ITEM", int threshold = 5) =>
        Rule(id, r => r.Match<Item>(i => i.Value > threshold).Then((ctx, i) => ctx.Report(i.Path, ("key", i.Key))));

    /// <summary>Reports each (item, owner) pair with the same key whose item value exceeds the owner value.</summary>
    public static Rule ItemOwner(string id = "ITEM-OWNER") =>
        Rule(id, r => r.Match<Item>()
            .Join<Owner, int>(i => i.Key, o => o.Key, (i, o) => i.Value > o.Value)
            .Then((ctx, i, o) => ctx.Report(i.Path, ("key", i.Key))));

    public static SessionOptions Options(DateOnly? evaluationDate = null, int maxActivations = 1_000_000) =>
        new() { AsOf = Today, EvaluationDate = evaluationDate, MaxActivations = maxActivations };

    public static RuleSession Run(CompiledRuleSet set, IEnumerable<object> facts, SessionOptions? options = null)
    {
        var session = set.OpenSession(options ?? Options());
        session.InsertAll(facts);
        session.Fire();
        return session;
    }
}
