using System.Runtime.InteropServices;

namespace Trygghet.Domain.Rules.Runtime;

/// <summary>
/// A multimap from key to items, in insertion order per key, stored as chains through flat arrays: adding an
/// item costs one hash lookup and no allocation beyond amortised array growth (no list per key).
/// </summary>
/// <remarks>Iterate with <c>for (var i = index.First(key); i >= 0; i = index.Next(i))</c>.</remarks>
internal sealed class KeyedIndex<TKey, TItem>
    where TKey : notnull
{
    private readonly Dictionary<TKey, (int First, int Last)> chains = [];
    private TItem[] items = new TItem[8];
    private int[] next = new int[8];
    private int count;

    public int Count => count;

    public void Add(TKey key, TItem item)
    {
        if (count == items.Length)
        {
            Array.Resize(ref items, count * 2);
            Array.Resize(ref next, count * 2);
        }

        items[count] = item;
        next[count] = -1;
        ref var chain = ref CollectionsMarshal.GetValueRefOrAddDefault(chains, key, out var exists);
        if (exists)
        {
            next[chain.Last] = count;
            chain.Last = count;
        }
        else
        {
            chain = (count, count);
        }

        count++;
    }

    /// <summary>The position of the first item with <paramref name="key"/>, or -1.</summary>
    public int First(TKey key) => chains.TryGetValue(key, out var chain) ? chain.First : -1;

    /// <summary>The position of the next item with the same key, or -1.</summary>
    public int Next(int position) => next[position];

    /// <summary>The item at <paramref name="position"/>.</summary>
    public TItem this[int position] => items[position];
}

/// <summary>Per-session memory of a join stage: left tuples and right facts, each indexed by key.</summary>
internal sealed class JoinMemory<TKey, TLeft>
    where TKey : notnull
{
    public KeyedIndex<TKey, TLeft> Left { get; } = new();

    public KeyedIndex<TKey, object> Right { get; } = new();
}
