using System.Collections.Immutable;

namespace Trygghet.Domain.Rules;

/// <summary>
/// Regelinställningar (rule settings): an immutable bag of typed settings records supplied by the caller and
/// read by rules through <see cref="Authoring.IRuleContext.Settings"/>, e.g. a municipality's own deadlines.
/// </summary>
/// <remarks>At most one value per type. Equality is reference equality.</remarks>
public sealed class RuleSettings
{
    private readonly ImmutableDictionary<Type, object> values;

    private RuleSettings(ImmutableDictionary<Type, object> values) => this.values = values;

    /// <summary>Tomma inställningar (no settings): every <see cref="Get{T}"/> returns a new default instance.</summary>
    public static RuleSettings Empty { get; } = new(ImmutableDictionary<Type, object>.Empty);

    /// <summary>Returns the stored settings record of type <typeparamref name="T"/>, or <c>new T()</c> when absent.</summary>
    /// <typeparam name="T">The settings record type.</typeparam>
    /// <returns>The stored value or a default instance.</returns>
    public T Get<T>()
        where T : class, new() =>
        values.TryGetValue(typeof(T), out var value) ? (T)value : new T();

    /// <summary>Returns a new bag with <paramref name="value"/> stored for <typeparamref name="T"/> (replacing any earlier value).</summary>
    /// <typeparam name="T">The settings record type.</typeparam>
    /// <param name="value">The settings value.</param>
    /// <returns>A new bag; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public RuleSettings With<T>(T value)
        where T : class, new()
    {
        Guard.Against.Null(value);
        return new RuleSettings(values.SetItem(typeof(T), value));
    }
}
