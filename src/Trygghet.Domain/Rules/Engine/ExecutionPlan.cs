using System.Collections.Concurrent;
using System.Collections.Frozen;

namespace Trygghet.Domain.Rules.Engine;

/// <summary>Where a fact of one run-time type goes: a rule's pattern, or a filter's memory.</summary>
internal readonly record struct Route(RuleNode Node, int Pattern, FilterStage? Filter);

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
        NoVersionIds = [.. ids.Where(id => !activeIds.Contains(id))];

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

    /// <summary>Ids of the enabled rules with no version in force on the plan's dates.</summary>
    public string[] NoVersionIds { get; }

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
