using System.Collections.Concurrent;
using System.Collections.Frozen;

namespace Trygghet.Domain.Rules.Runtime;

/// <summary>Where a fact of one run-time type goes: a rule's pattern, or a filter's memory.</summary>
internal readonly record struct Route(RuleNode Node, int Pattern, FilterStage? Filter);

/// <summary>A rule with no version in force, and the fact type whose presence makes that worth reporting.</summary>
internal sealed record NoVersionRule(string Id, Type Trigger);

/// <summary>
/// The rule versions active on a range of evaluation dates, with the routing table from fact type to patterns.
/// Immutable and thread-safe; built once per date range of a compiled rule set and shared by its sessions.
/// </summary>
internal sealed class ExecutionPlan
{
    private readonly RuleNode[] active;
    private readonly FrozenDictionary<Type, Route[]> exact;
    private readonly ConcurrentDictionary<Type, Route[]> derived = new();

    public ExecutionPlan(RuleNode[] nodes, DateOnly date, IReadOnlyList<string> ids)
    {
        var activeList = new List<RuleNode>(nodes.Length);
        var activeIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in nodes)
        {
            if (node.Metadata.Basis.IsInForceOn(date))
            {
                activeList.Add(node);
                activeIds.Add(node.Metadata.Id);
            }
        }

        active = [.. activeList];
        NoVersion = [.. ids.Where(id => !activeIds.Contains(id)).Select(id => new NoVersionRule(id, TriggerOf(nodes, id)))];

        var known = new Dictionary<Type, Route[]>();
        foreach (var node in active)
        {
            foreach (var type in node.Definition.PatternTypes)
            {
                AddExact(known, type);
            }

            foreach (var filter in node.Definition.Filters)
            {
                AddExact(known, filter.OtherType);
            }
        }

        exact = known.ToFrozenDictionary();
    }

    /// <summary>The enabled rule versions in force on the plan's dates, in agenda order.</summary>
    public IReadOnlyList<RuleNode> Active => active;

    /// <summary>The enabled rules with no version in force on the plan's dates, with the fact type that would have triggered them.</summary>
    public NoVersionRule[] NoVersion { get; }

    // The first pattern of the latest version: a fact of this type is what the rule would have looked at.
    private static Type TriggerOf(RuleNode[] nodes, string id)
    {
        RuleNode? latest = null;
        foreach (var node in nodes)
        {
            if (node.Metadata.Id == id && (latest is null || node.Metadata.Basis.InForceFrom > latest.Metadata.Basis.InForceFrom))
            {
                latest = node;
            }
        }

        return latest!.Definition.PatternTypes[0];
    }

    /// <summary>The routes for facts of run-time type <paramref name="type"/>, in agenda then pattern order.</summary>
    public Route[] RoutesFor(Type type) =>
        exact.TryGetValue(type, out var routes) ? routes : derived.GetOrAdd(type, ComputeRoutes, active);

    private void AddExact(Dictionary<Type, Route[]> known, Type type)
    {
        if (!type.IsInterface && !type.IsAbstract && !known.ContainsKey(type))
        {
            known.Add(type, ComputeRoutes(type, active));
        }
    }

    private static Route[] ComputeRoutes(Type type, RuleNode[] nodes)
    {
        var routes = new List<Route>();
        foreach (var node in nodes)
        {
            var patterns = node.Definition.PatternTypes;
            for (var p = 0; p < patterns.Length; p++)
            {
                if (patterns[p].IsAssignableFrom(type))
                {
                    routes.Add(new Route(node, p, null));
                }
            }

            foreach (var filter in node.Definition.Filters)
            {
                if (filter.OtherType.IsAssignableFrom(type))
                {
                    routes.Add(new Route(node, -1, filter));
                }
            }
        }

        return [.. routes];
    }
}
