namespace Trygghet.Domain.Rules.Runtime;

/// <summary>A hash join stage: joins the tuple built so far (left) with one more fact type (right) on a typed key.</summary>
internal abstract class JoinStage
{
    /// <summary>Index of this stage's memory in the working memory's slots (assigned at compile time).</summary>
    public int Slot { get; set; }

    /// <summary>A new left tuple (one or two facts) arrived: store it and join it with the right memory.</summary>
    public abstract void Left(WorkingMemory memory, RuleNode node, object a, object? b);

    /// <summary>A new right fact arrived: store it and join it with the left memory.</summary>
    public abstract void Right(WorkingMemory memory, RuleNode node, object fact);

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

    public override void Left(WorkingMemory memory, RuleNode node, object a, object? b)
    {
        var key = leftKey(a);
        if (IsNull(key))
        {
            return;
        }

        var stage = memory.GetMemory<JoinMemory<TKey, object>>(Slot);
        stage.Left.Add(key, a);
        var rights = stage.Right;
        for (var i = rights.First(key); i >= 0; i = rights.Next(i))
        {
            var right = rights[i];
            if (residual is null || residual(a, right))
            {
                node.OnPair(memory, a, right);
            }
        }
    }

    public override void Right(WorkingMemory memory, RuleNode node, object fact)
    {
        var key = rightKey(fact);
        if (IsNull(key))
        {
            return;
        }

        var stage = memory.GetMemory<JoinMemory<TKey, object>>(Slot);
        stage.Right.Add(key, fact);
        var lefts = stage.Left;
        for (var i = lefts.First(key); i >= 0; i = lefts.Next(i))
        {
            var left = lefts[i];
            if (residual is null || residual(left, fact))
            {
                node.OnPair(memory, left, fact);
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

    public override void Left(WorkingMemory memory, RuleNode node, object a, object? b)
    {
        var key = leftKey(a, b!);
        if (IsNull(key))
        {
            return;
        }

        var stage = memory.GetMemory<JoinMemory<TKey, (object, object)>>(Slot);
        stage.Left.Add(key, (a, b!));
        var rights = stage.Right;
        for (var i = rights.First(key); i >= 0; i = rights.Next(i))
        {
            var right = rights[i];
            if (residual is null || residual(a, b!, right))
            {
                node.OnTriple(memory, a, b!, right);
            }
        }
    }

    public override void Right(WorkingMemory memory, RuleNode node, object fact)
    {
        var key = rightKey(fact);
        if (IsNull(key))
        {
            return;
        }

        var stage = memory.GetMemory<JoinMemory<TKey, (object, object)>>(Slot);
        stage.Right.Add(key, fact);
        var lefts = stage.Left;
        for (var i = lefts.First(key); i >= 0; i = lefts.Next(i))
        {
            var (a, b) = lefts[i];
            if (residual is null || residual(a, b, fact))
            {
                node.OnTriple(memory, a, b, fact);
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
    public abstract void Add(WorkingMemory memory, object other);

    /// <summary>Whether <paramref name="other"/> matches the tuple (before negation): equal, non-null keys and the condition.</summary>
    public abstract bool Matches(object a, object? b, object? c, object other);

    /// <summary>Whether any indexed fact matches the tuple (before negation).</summary>
    public abstract bool AnyMatch(WorkingMemory memory, in Activation tuple);
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
    public override void Add(WorkingMemory memory, object other)
    {
        var key = rightKey(other);
        if (key is null)
        {
            return;
        }

        memory.GetMemory<KeyedIndex<TKey, object>>(Slot).Add(key, other);
    }

    public override bool Matches(object a, object? b, object? c, object other)
    {
        var key = leftKey(a, b, c);
        return key is not null && EqualityComparer<TKey>.Default.Equals(key, rightKey(other)) && (where is null || where(a, b, c, other));
    }

    public override bool AnyMatch(WorkingMemory memory, in Activation tuple)
    {
        var key = leftKey(tuple.A, tuple.B, tuple.C);
        if (key is null)
        {
            return false;
        }

        var stage = memory.GetMemory<KeyedIndex<TKey, object>>(Slot);
        var first = stage.First(key);
        if (where is null)
        {
            return first >= 0;
        }

        for (var i = first; i >= 0; i = stage.Next(i))
        {
            if (where(tuple.A, tuple.B, tuple.C, stage[i]))
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>One matching tuple of one rule, waiting on the agenda (or, for filtered rules, for the filter pass).</summary>
internal readonly record struct Activation(object A, object? B, object? C);
