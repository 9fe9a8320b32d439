using Trygghet.Domain.Rules.Runtime;

namespace Trygghet.Domain.Rules.Runtime;

/// <summary>
/// Kompilerad regeluppsättning (compiled rule set): built once by <see cref="RuleSetBuilder.Build"/>, immutable
/// and safe to share across threads. Open a cheap <see cref="RuleSession"/> per evaluation.
/// </summary>
public sealed class CompiledRuleSet
{
    private readonly RuleNode[] nodes;
    private readonly int[] boundaries;
    private readonly ExecutionPlan?[] plans;
    private readonly string[] ids;

    internal CompiledRuleSet(RuleNode[] nodes, int slotCount)
    {
        this.nodes = nodes;
        SlotCount = slotCount;
        var metadata = new RuleMetadata[nodes.Length];
        var idList = new List<string>();
        var dates = new List<int>();
        for (var i = 0; i < nodes.Length; i++)
        {
            var basis = nodes[i].Metadata.Basis;
            metadata[i] = nodes[i].Metadata;
            if (!idList.Contains(nodes[i].Metadata.Id))
            {
                idList.Add(nodes[i].Metadata.Id);
            }

            AddBoundary(dates, basis.InForceFrom.DayNumber);
            if (basis.InForceTo is { } to && to < DateOnly.MaxValue)
            {
                AddBoundary(dates, to.DayNumber + 1);
            }
        }

        Rules = metadata;
        ids = [.. idList];
        boundaries = [.. dates];
        Array.Sort(boundaries);
        plans = new ExecutionPlan?[boundaries.Length + 1];
    }

    /// <summary>
    /// Regler (the enabled rule versions' effective metadata, after configuration), in agenda order: stratum (a
    /// rule testing <c>Exists</c>/<c>NotExists</c> on a derived type after the rules deriving it), priority (higher
    /// first), then the order they were added. Disabled rules are not listed.
    /// </summary>
    public IReadOnlyList<RuleMetadata> Rules { get; }

    internal int SlotCount { get; }

    internal int NodeCount => nodes.Length;

    internal RuleNode Node(int index) => nodes[index];

    /// <summary>Öppnar en session (opens a session) for one evaluation. Cheap: memories are created on demand.</summary>
    /// <param name="options">The as-of date, evaluation date, settings and activation limit.</param>
    /// <returns>A new session; not thread-safe.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="SessionOptions.MaxActivations"/> is not positive.</exception>
    public RuleSession OpenSession(SessionOptions options)
    {
        Guard.Against.Null(options);
        Guard.Against.Null(options.Settings, nameof(options));
        Guard.Against.Below(options.MaxActivations, 1, nameof(options));
        return new RuleSession(this, PlanFor(options.EvaluationDate ?? options.AsOf), options);
    }

    // Day numbers (ints) rather than DateOnly keep cold builds cheap: int sorting and searching are precompiled.
    private static void AddBoundary(List<int> days, int day)
    {
        if (!days.Contains(day))
        {
            days.Add(day);
        }
    }

    /// <summary>The rule versions in force on <paramref name="date"/> (one plan per range of dates, built on first use).</summary>
    internal ExecutionPlan PlanFor(DateOnly date)
    {
        // Interval i holds the dates in [boundaries[i - 1], boundaries[i]); the active versions are constant in it.
        var index = Array.BinarySearch(boundaries, date.DayNumber);
        index = index >= 0 ? index + 1 : ~index;
        var plan = Volatile.Read(ref plans[index]);
        if (plan is null)
        {
            var representative = index == 0 ? DateOnly.MinValue : DateOnly.FromDayNumber(boundaries[index - 1]);
            plan = new ExecutionPlan(nodes, representative, ids);
            plan = Interlocked.CompareExchange(ref plans[index], plan, null) ?? plan;
        }

        return plan;
    }
}
