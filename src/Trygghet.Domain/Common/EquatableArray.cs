using System.Collections;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;

namespace Trygghet.Domain.Common;

/// <summary>
/// Oföränderlig lista med värdelikhet (immutable array with value equality): wraps an
/// <see cref="ImmutableArray{T}"/> so that records holding lists compare element by element.
/// </summary>
/// <typeparam name="T">The element type.</typeparam>
/// <remarks>
/// Two arrays are equal when they have the same length and equal elements in the same order.
/// The default value is the empty array. Collection expressions (<c>[a, b]</c>) create instances.
/// </remarks>
[CollectionBuilder(typeof(EquatableArray), nameof(EquatableArray.Create))]
public readonly struct EquatableArray<T> : IEquatable<EquatableArray<T>>, IReadOnlyList<T>
{
    private readonly ImmutableArray<T> _items;

    /// <summary>Wraps an immutable array.</summary>
    /// <param name="items">The items; a default array is taken as empty.</param>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> holds a null reference (items are values, never missing; a nullable value type may hold null).</exception>
    public EquatableArray(ImmutableArray<T> items)
    {
        if (!typeof(T).IsValueType && !items.IsDefault)
        {
            Guard.Against.NullItems(items, nameof(items));
        }

        _items = items.IsDefault ? [] : items;
    }

    /// <summary>The empty array.</summary>
    public static EquatableArray<T> Empty => default;

    /// <summary>The wrapped items (never a default array).</summary>
    public ImmutableArray<T> Items => _items.IsDefault ? [] : _items;

    /// <summary>Antal (the number of items).</summary>
    public int Count => _items.IsDefault ? 0 : _items.Length;

    /// <summary>True when there are no items.</summary>
    public bool IsEmpty => Count == 0;

    /// <summary>The item at an index.</summary>
    /// <param name="index">A zero-based index.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is outside 0..Count-1.</exception>
    public T this[int index] => _items[Guard.Against.IndexOutside(index, Count)];

    /// <summary>Returns the enumerator of the wrapped array (allocation-free in foreach).</summary>
    /// <returns>The enumerator.</returns>
    public ImmutableArray<T>.Enumerator GetEnumerator() => Items.GetEnumerator();

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)Items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable)Items).GetEnumerator();

    /// <summary>Returns a new array with an item appended.</summary>
    /// <param name="item">The item to add.</param>
    /// <returns>The new array.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="item"/> is null.</exception>
    public EquatableArray<T> Add(T item) => new(Items.Add(Guard.Against.Null(item)));

    /// <inheritdoc/>
    public bool Equals(EquatableArray<T> other)
    {
        var mine = Items;
        var theirs = other.Items;
        if (mine.Length != theirs.Length)
        {
            return false;
        }

        var comparer = EqualityComparer<T>.Default;
        for (var i = 0; i < mine.Length; i++)
        {
            if (!comparer.Equals(mine[i], theirs[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is EquatableArray<T> other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var item in Items)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    /// <summary>Value equality.</summary>
    /// <param name="left">One array.</param>
    /// <param name="right">The other array.</param>
    /// <returns>True when both hold equal items in the same order.</returns>
    public static bool operator ==(EquatableArray<T> left, EquatableArray<T> right) => left.Equals(right);

    /// <summary>Value inequality.</summary>
    /// <param name="left">One array.</param>
    /// <param name="right">The other array.</param>
    /// <returns>True when they differ.</returns>
    public static bool operator !=(EquatableArray<T> left, EquatableArray<T> right) => !left.Equals(right);

    /// <summary>Wraps an immutable array.</summary>
    /// <param name="items">The items.</param>
    public static implicit operator EquatableArray<T>(ImmutableArray<T> items) => new(items);

    /// <summary>Unwraps to an immutable array.</summary>
    /// <param name="array">The array.</param>
    public static implicit operator ImmutableArray<T>(EquatableArray<T> array) => array.Items;

    /// <summary>Lists the items, for debugging.</summary>
    /// <returns>The items separated by commas, in brackets.</returns>
    public override string ToString() => "[" + string.Join(", ", Items) + "]";
}

/// <summary>Factory methods for <see cref="EquatableArray{T}"/>.</summary>
public static class EquatableArray
{
    /// <summary>Creates an array from a span (used by collection expressions).</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="items">The items.</param>
    /// <returns>The array.</returns>
    public static EquatableArray<T> Create<T>(ReadOnlySpan<T> items) => new(ImmutableArray.Create(items));

    /// <summary>Creates an array from a sequence.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="items">The items.</param>
    /// <returns>The array.</returns>
    public static EquatableArray<T> From<T>(IEnumerable<T> items)
    {
        Guard.Against.Null(items);
        return new(ImmutableArray.CreateRange(items));
    }

    /// <summary>Wraps an immutable array.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="items">The items.</param>
    /// <returns>The array.</returns>
    public static EquatableArray<T> ToEquatableArray<T>(this IEnumerable<T> items) => From(items);
}
