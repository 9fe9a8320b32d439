namespace Trygghet.Domain.Rules.Runtime;

/// <summary>A hash join stage: joins the tuple built so far (left) with one more fact type (right) on a typed key.</summary>
internal abstract class JoinStage
{
    /// <summary>Index of this stage's memory in the session's slot array (assigned at compile time).</summary>
    public int Slot { get; set; }

    /// <summary>A new left tuple (one or two facts) arrived: store it and join it with the right memory.</summary>
    public abstract void Left(RuleSession session, RuleNode node, object a, object? b);

    /// <summary>A new right fact arrived: store it and join it with the left memory.</summary>
    public abstract void Right(RuleSession session, RuleNode node, object fact);

    /// <summary>
    /// Whether the left tuple (<paramref name="a"/>, <paramref name="b"/>) joins with <paramref name="right"/>: equal,
    /// non-null keys and the residual condition. The same test the join's index makes, one pair at a time (for
    /// engines that pair tuples themselves).
    /// </summary>
    public abstract bool Matches(object a, object? b, object right);

    /// <summary>Whether a key is null (null keys never join).</summary>
    protected static bool IsNull<TKey>(TKey key) => key is null;
}

/// <summary>Join of pattern 1 with pattern 2.</summary>
internal sealed class Join2Stage<TKey>(Func<object, TKey> leftKey, Func<object, TKey> rightKey, Func<object, object, bool>? residual)
    : JoinStage
    where TKey : notnull
{
    public override bool Matches(object a, object? b, object right)
    {
        var key = leftKey(a);
        return !IsNull(key) && EqualityComparer<TKey>.Default.Equals(key, rightKey(right)) && (residual is null || residual(a, right));
    }

    public override void Left(RuleSession session, RuleNode node, object a, object? b)
    {
        var key = leftKey(a);
        if (IsNull(key))
        {
            return;
        }

        var memory = session.GetMemory<JoinMemory<TKey, object>>(Slot);
        memory.Left.Add(key, a);
        var rights = memory.Right;
        for (var i = rights.First(key); i >= 0; i = rights.Next(i))
        {
            var right = rights[i];
            if (residual is null || residual(a, right))
            {
                node.OnPair(session, a, right);
            }
        }
    }

    public override void Right(RuleSession session, RuleNode node, object fact)
    {
        var key = rightKey(fact);
        if (IsNull(key))
        {
            return;
        }

        var memory = session.GetMemory<JoinMemory<TKey, object>>(Slot);
        memory.Right.Add(key, fact);
        var lefts = memory.Left;
        for (var i = lefts.First(key); i >= 0; i = lefts.Next(i))
        {
            var left = lefts[i];
            if (residual is null || residual(left, fact))
            {
                node.OnPair(session, left, fact);
            }
        }
    }
}

/// <summary>Join of the pair (pattern 1, pattern 2) with pattern 3.</summary>
internal sealed class Join3Stage<TKey>(
    Func<object, object, TKey> leftKey, Func<object, TKey> rightKey, Func<object, object, object, bool>? residual)
    : JoinStage
    where TKey : notnull
{
    public override bool Matches(object a, object? b, object right)
    {
        var key = leftKey(a, b!);
        return !IsNull(key) && EqualityComparer<TKey>.Default.Equals(key, rightKey(right)) && (residual is null || residual(a, b!, right));
    }

    public override void Left(RuleSession session, RuleNode node, object a, object? b)
    {
        var key = leftKey(a, b!);
        if (IsNull(key))
        {
            return;
        }

        var memory = session.GetMemory<JoinMemory<TKey, (object, object)>>(Slot);
        memory.Left.Add(key, (a, b!));
        var rights = memory.Right;
        for (var i = rights.First(key); i >= 0; i = rights.Next(i))
        {
            var right = rights[i];
            if (residual is null || residual(a, b!, right))
            {
                node.OnTriple(session, a, b!, right);
            }
        }
    }

    public override void Right(RuleSession session, RuleNode node, object fact)
    {
        var key = rightKey(fact);
        if (IsNull(key))
        {
            return;
        }

        var memory = session.GetMemory<JoinMemory<TKey, (object, object)>>(Slot);
        memory.Right.Add(key, fact);
        var lefts = memory.Left;
        for (var i = lefts.First(key); i >= 0; i = lefts.Next(i))
        {
            var (a, b) = lefts[i];
            if (residual is null || residual(a, b, fact))
            {
                node.OnTriple(session, a, b, fact);
            }
        }
    }
}

/// <summary>An <c>Exists</c>/<c>NotExists</c> filter: whether a fact of another type with the tuple's key exists.</summary>
internal abstract class FilterStage(Type otherType, bool negated)
{
    public Type OtherType { get; } = otherType;

    public bool Negated { get; } = negated;

    public int Slot { get; set; }

    /// <summary>A fact of <see cref="OtherType"/> arrived: index it.</summary>
    public abstract void Add(RuleSession session, object other);

    /// <summary>Whether <paramref name="other"/> matches the tuple (before negation): equal, non-null keys and the condition.</summary>
    public abstract bool Matches(object a, object? b, object? c, object other);

    /// <summary>Whether any indexed fact matches the tuple (before negation).</summary>
    public abstract bool AnyMatch(RuleSession session, in Activation tuple);
}

/// <summary>A filter with a typed key.</summary>
internal sealed class FilterStage<TKey>(
    Type otherType,
    bool negated,
    Func<object, object?, object?, TKey> leftKey,
    Func<object, TKey> rightKey,
    Func<object, object?, object?, object, bool>? where)
    : FilterStage(otherType, negated)
    where TKey : notnull
{
    public override void Add(RuleSession session, object other)
    {
        var key = rightKey(other);
        if (key is null)
        {
            return;
        }

        session.GetMemory<KeyedIndex<TKey, object>>(Slot).Add(key, other);
    }

    public override bool Matches(object a, object? b, object? c, object other)
    {
        var key = leftKey(a, b, c);
        return key is not null && EqualityComparer<TKey>.Default.Equals(key, rightKey(other)) && (where is null || where(a, b, c, other));
    }

    public override bool AnyMatch(RuleSession session, in Activation tuple)
    {
        var key = leftKey(tuple.A, tuple.B, tuple.C);
        if (key is null)
        {
            return false;
        }

        var memory = session.GetMemory<KeyedIndex<TKey, object>>(Slot);
        var first = memory.First(key);
        if (where is null)
        {
            return first >= 0;
        }

        for (var i = first; i >= 0; i = memory.Next(i))
        {
            if (where(tuple.A, tuple.B, tuple.C, memory[i]))
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>One matching tuple of one rule, waiting on the agenda (or, for filtered rules, for the filter pass).</summary>
internal readonly record struct Activation(object A, object? B, object? C);
