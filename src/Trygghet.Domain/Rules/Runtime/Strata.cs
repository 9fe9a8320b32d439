namespace Trygghet.Domain.Rules.Runtime;

/// <summary>
/// Skikt (strata) of a rule set: a rule that tests <c>Exists</c>/<c>NotExists</c> on a fact type runs in a higher
/// stratum than every rule that declares it inserts that type; a rule that matches a derived type runs in the
/// same stratum as its deriving rules or later. A cycle through an existence test cannot be ordered and is refused.
/// </summary>
internal static class Strata
{
    /// <summary>The stratum of each definition (0 upwards), in the order given.</summary>
    /// <param name="ids">The rules' ids, for the error message.</param>
    /// <param name="definitions">The rules' definitions.</param>
    /// <exception cref="InvalidOperationException">Rules depend on each other through an existence test; the message names them.</exception>
    public static int[] Compute(IReadOnlyList<string> ids, IReadOnlyList<RuleDefinition> definitions)
    {
        var count = definitions.Count;

        // depends[a] holds (b, negative): rule a reads a type that rule b inserts, positively or through a filter.
        var depends = new List<(int Rule, bool Negative)>[count];
        for (var a = 0; a < count; a++)
        {
            depends[a] = [];
            for (var b = 0; b < count; b++)
            {
                if (definitions[b].InsertTypes.Length == 0)
                {
                    continue;
                }

                if (Reads(definitions[a].Filters.Select(f => f.OtherType), definitions[b].InsertTypes))
                {
                    depends[a].Add((b, true));
                }
                else if (Reads(definitions[a].PatternTypes, definitions[b].InsertTypes))
                {
                    depends[a].Add((b, false));
                }
            }
        }

        foreach (var a in Enumerable.Range(0, count))
        {
            foreach (var (b, negative) in depends[a])
            {
                if (negative && PathTo(depends, b, a) is { } path)
                {
                    // path runs from b to a along dependencies, and a depends on b through a filter: a cycle.
                    var cycle = string.Join(" -> ", path.Prepend(a).Select(i => ids[i]));
                    var rules = string.Join(", ", path.Prepend(a).Select(i => ids[i]).Distinct());
                    throw DomainGuards.InvalidState(
                        $"Reglerna {rules} kan inte ordnas i skikt: regeln {ids[a]} prövar Exists/NotExists på en faktatyp som " +
                        $"regeln {ids[b]} lägger in, och {ids[b]} beror på vad {ids[a]} slutleder (ett kretslopp genom negation: {cycle}).",
                        $"Rules {rules} cannot be ordered in strata: " +
                        $"rule {ids[a]} tests Exists/NotExists on a fact type that rule {ids[b]} inserts, and {ids[b]} depends on " +
                        $"what {ids[a]} concludes (a cycle through negation: {cycle}).");
                }
            }
        }

        // Longest path with weight 1 on negative edges; no cycle has positive weight, so this settles within count rounds.
        var strata = new int[count];
        var changed = true;
        while (changed)
        {
            changed = false;
            for (var a = 0; a < count; a++)
            {
                foreach (var (b, negative) in depends[a])
                {
                    var least = strata[b] + (negative ? 1 : 0);
                    if (strata[a] < least)
                    {
                        strata[a] = least;
                        changed = true;
                    }
                }
            }
        }

        return strata;
    }

    // Whether a fact inserted as one of `inserted` can be of one of the `read` types.
    private static bool Reads(IEnumerable<Type> read, Type[] inserted) =>
        read.Any(r => inserted.Any(i => MayOverlap(r, i)));

    // Two types may share an instance when one derives from the other, or one is an interface the other may implement.
    private static bool MayOverlap(Type first, Type second) =>
        first.IsAssignableFrom(second)
        || second.IsAssignableFrom(first)
        || (first.IsInterface && !second.IsSealed)
        || (second.IsInterface && !first.IsSealed);

    // A path of dependencies from `from` to `to` (both included), or null.
    private static List<int>? PathTo(List<(int Rule, bool Negative)>[] depends, int from, int to)
    {
        var parent = new int?[depends.Length];
        var queue = new Queue<int>();
        queue.Enqueue(from);
        parent[from] = from;
        while (queue.Count > 0)
        {
            var current = queue.Dequeue();
            if (current == to)
            {
                var path = new List<int> { to };
                while (path[^1] != from)
                {
                    path.Add(parent[path[^1]]!.Value);
                }

                path.Reverse();
                return path;
            }

            foreach (var (next, _) in depends[current])
            {
                if (parent[next] is null)
                {
                    parent[next] = current;
                    queue.Enqueue(next);
                }
            }
        }

        return null;
    }
}
