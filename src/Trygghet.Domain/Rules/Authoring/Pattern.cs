using Trygghet.Domain.Rules.Runtime;

namespace Trygghet.Domain.Rules.Authoring;

/// <summary>Mönster (pattern) of 1 fact type in a rule definition; see <see cref="RuleBuilder"/>.</summary>
/// <typeparam name="T1">Fact type of pattern 1.</typeparam>
public sealed class Pattern<T1>
{
    private readonly RuleBuilder builder;

    internal Pattern(RuleBuilder builder) => this.builder = builder;

    /// <summary>
    /// Sammanfogar (joins) facts of type <typeparamref name="T2"/> whose key equals the key of the fact of pattern 1
    /// (a hash join), keeping the combinations that satisfy <paramref name="where"/>.
    /// </summary>
    /// <typeparam name="T2">The joined fact type.</typeparam>
    /// <typeparam name="TKey">The key type; compared with its default equality. Null keys never join.</typeparam>
    /// <param name="leftKey">The key of the fact of pattern 1.</param>
    /// <param name="rightKey">The key of the joined fact.</param>
    /// <param name="where">Residual condition on the combination, or null.</param>
    /// <returns>The extended pattern.</returns>
    public Pattern<T1, T2> Join<T2, TKey>(Func<T1, TKey> leftKey, Func<T2, TKey> rightKey, Func<T1, T2, bool>? where = null)
        where TKey : notnull
    {
        Guard.Against.Null(leftKey);
        Guard.Against.Null(rightKey);
        builder.AddJoin(1, typeof(T2), new Join2Stage<TKey>(x => leftKey((T1)x), x => rightKey((T2)x), where is null ? null : (x, y) => where((T1)x, (T2)y)));
        return new Pattern<T1, T2>(builder);
    }

    /// <summary>
    /// Finns inte (NotExists): keeps the match only when no fact of type <typeparamref name="TOther"/> has the
    /// match's key and satisfies <paramref name="where"/>. A filter: it does not add to the matched tuple.
    /// </summary>
    /// <remarks>
    /// Negation is stratified: the rule runs after every rule that declares it inserts <typeparamref name="TOther"/>
    /// (see <see cref="RuleBuilder.Inserts{T}"/> and <see cref="RuleSession.Fire"/>).
    /// </remarks>
    /// <typeparam name="TOther">The fact type whose existence is tested.</typeparam>
    /// <typeparam name="TKey">The key type; compared with its default equality. Null keys never match.</typeparam>
    /// <param name="leftKey">The key of the match.</param>
    /// <param name="rightKey">The key of the other fact.</param>
    /// <param name="where">Further condition on the match and the other fact, or null.</param>
    /// <returns>This pattern, filtered.</returns>
    public Pattern<T1> NotExists<TOther, TKey>(Func<T1, TKey> leftKey, Func<TOther, TKey> rightKey, Func<T1, TOther, bool>? where = null)
        where TKey : notnull => Filter(negated: true, leftKey, rightKey, where);

    /// <summary>
    /// Finns (Exists): keeps the match only when at least one fact of type <typeparamref name="TOther"/> has the
    /// match's key and satisfies <paramref name="where"/>. A filter: it does not add to the matched tuple.
    /// </summary>
    /// <remarks>
    /// Negation is stratified: the rule runs after every rule that declares it inserts <typeparamref name="TOther"/>
    /// (see <see cref="RuleBuilder.Inserts{T}"/> and <see cref="RuleSession.Fire"/>).
    /// </remarks>
    /// <typeparam name="TOther">The fact type whose existence is tested.</typeparam>
    /// <typeparam name="TKey">The key type; compared with its default equality. Null keys never match.</typeparam>
    /// <param name="leftKey">The key of the match.</param>
    /// <param name="rightKey">The key of the other fact.</param>
    /// <param name="where">Further condition on the match and the other fact, or null.</param>
    /// <returns>This pattern, filtered.</returns>
    public Pattern<T1> Exists<TOther, TKey>(Func<T1, TKey> leftKey, Func<TOther, TKey> rightKey, Func<T1, TOther, bool>? where = null)
        where TKey : notnull => Filter(negated: false, leftKey, rightKey, where);

    /// <summary>
    /// Då (then): the action to run once for each distinct matching tuple; ends the definition.
    /// </summary>
    /// <param name="action">The action: report findings or insert derived facts through the context.</param>
    public void Then(Action<IRuleContext, T1> action)
    {
        Guard.Against.Null(action);
        builder.SetAction(1, (ctx, a, b, c) => action(ctx, (T1)a));
    }

    private Pattern<T1> Filter<TOther, TKey>(bool negated, Func<T1, TKey> leftKey, Func<TOther, TKey> rightKey, Func<T1, TOther, bool>? where)
        where TKey : notnull
    {
        Guard.Against.Null(leftKey);
        builder.AddFilter(1, negated, (a, b, c) => leftKey((T1)a), rightKey, where is null ? null : (a, b, c, o) => where((T1)a, (TOther)o));
        return this;
    }
}

/// <summary>Mönster (pattern) of 2 fact types in a rule definition; see <see cref="RuleBuilder"/>.</summary>
/// <typeparam name="T1">Fact type of pattern 1.</typeparam>
/// <typeparam name="T2">Fact type of pattern 2.</typeparam>
public sealed class Pattern<T1, T2>
{
    private readonly RuleBuilder builder;

    internal Pattern(RuleBuilder builder) => this.builder = builder;

    /// <summary>
    /// Sammanfogar (joins) facts of type <typeparamref name="T3"/> whose key equals the key of the pair matched so far
    /// (a hash join), keeping the combinations that satisfy <paramref name="where"/>.
    /// </summary>
    /// <typeparam name="T3">The joined fact type.</typeparam>
    /// <typeparam name="TKey">The key type; compared with its default equality. Null keys never join.</typeparam>
    /// <param name="leftKey">The key of the pair matched so far.</param>
    /// <param name="rightKey">The key of the joined fact.</param>
    /// <param name="where">Residual condition on the combination, or null.</param>
    /// <returns>The extended pattern.</returns>
    public Pattern<T1, T2, T3> Join<T3, TKey>(Func<T1, T2, TKey> leftKey, Func<T3, TKey> rightKey, Func<T1, T2, T3, bool>? where = null)
        where TKey : notnull
    {
        Guard.Against.Null(leftKey);
        Guard.Against.Null(rightKey);
        builder.AddJoin(2, typeof(T3), new Join3Stage<TKey>((x, y) => leftKey((T1)x, (T2)y), x => rightKey((T3)x), where is null ? null : (x, y, z) => where((T1)x, (T2)y, (T3)z)));
        return new Pattern<T1, T2, T3>(builder);
    }

    /// <summary>
    /// Finns inte (NotExists): keeps the match only when no fact of type <typeparamref name="TOther"/> has the
    /// match's key and satisfies <paramref name="where"/>. A filter: it does not add to the matched tuple.
    /// </summary>
    /// <remarks>
    /// Negation is stratified: the rule runs after every rule that declares it inserts <typeparamref name="TOther"/>
    /// (see <see cref="RuleBuilder.Inserts{T}"/> and <see cref="RuleSession.Fire"/>).
    /// </remarks>
    /// <typeparam name="TOther">The fact type whose existence is tested.</typeparam>
    /// <typeparam name="TKey">The key type; compared with its default equality. Null keys never match.</typeparam>
    /// <param name="leftKey">The key of the match.</param>
    /// <param name="rightKey">The key of the other fact.</param>
    /// <param name="where">Further condition on the match and the other fact, or null.</param>
    /// <returns>This pattern, filtered.</returns>
    public Pattern<T1, T2> NotExists<TOther, TKey>(Func<T1, T2, TKey> leftKey, Func<TOther, TKey> rightKey, Func<T1, T2, TOther, bool>? where = null)
        where TKey : notnull => Filter(negated: true, leftKey, rightKey, where);

    /// <summary>
    /// Finns (Exists): keeps the match only when at least one fact of type <typeparamref name="TOther"/> has the
    /// match's key and satisfies <paramref name="where"/>. A filter: it does not add to the matched tuple.
    /// </summary>
    /// <remarks>
    /// Negation is stratified: the rule runs after every rule that declares it inserts <typeparamref name="TOther"/>
    /// (see <see cref="RuleBuilder.Inserts{T}"/> and <see cref="RuleSession.Fire"/>).
    /// </remarks>
    /// <typeparam name="TOther">The fact type whose existence is tested.</typeparam>
    /// <typeparam name="TKey">The key type; compared with its default equality. Null keys never match.</typeparam>
    /// <param name="leftKey">The key of the match.</param>
    /// <param name="rightKey">The key of the other fact.</param>
    /// <param name="where">Further condition on the match and the other fact, or null.</param>
    /// <returns>This pattern, filtered.</returns>
    public Pattern<T1, T2> Exists<TOther, TKey>(Func<T1, T2, TKey> leftKey, Func<TOther, TKey> rightKey, Func<T1, T2, TOther, bool>? where = null)
        where TKey : notnull => Filter(negated: false, leftKey, rightKey, where);

    /// <summary>
    /// Då (then): the action to run once for each distinct matching tuple; ends the definition.
    /// </summary>
    /// <param name="action">The action: report findings or insert derived facts through the context.</param>
    public void Then(Action<IRuleContext, T1, T2> action)
    {
        Guard.Against.Null(action);
        builder.SetAction(2, (ctx, a, b, c) => action(ctx, (T1)a, (T2)b!));
    }

    private Pattern<T1, T2> Filter<TOther, TKey>(bool negated, Func<T1, T2, TKey> leftKey, Func<TOther, TKey> rightKey, Func<T1, T2, TOther, bool>? where)
        where TKey : notnull
    {
        Guard.Against.Null(leftKey);
        builder.AddFilter(2, negated, (a, b, c) => leftKey((T1)a, (T2)b!), rightKey, where is null ? null : (a, b, c, o) => where((T1)a, (T2)b!, (TOther)o));
        return this;
    }
}

/// <summary>Mönster (pattern) of 3 fact types in a rule definition; see <see cref="RuleBuilder"/>.</summary>
/// <typeparam name="T1">Fact type of pattern 1.</typeparam>
/// <typeparam name="T2">Fact type of pattern 2.</typeparam>
/// <typeparam name="T3">Fact type of pattern 3.</typeparam>
public sealed class Pattern<T1, T2, T3>
{
    private readonly RuleBuilder builder;

    internal Pattern(RuleBuilder builder) => this.builder = builder;

    /// <summary>
    /// Finns inte (NotExists): keeps the match only when no fact of type <typeparamref name="TOther"/> has the
    /// match's key and satisfies <paramref name="where"/>. A filter: it does not add to the matched tuple.
    /// </summary>
    /// <remarks>
    /// Negation is stratified: the rule runs after every rule that declares it inserts <typeparamref name="TOther"/>
    /// (see <see cref="RuleBuilder.Inserts{T}"/> and <see cref="RuleSession.Fire"/>).
    /// </remarks>
    /// <typeparam name="TOther">The fact type whose existence is tested.</typeparam>
    /// <typeparam name="TKey">The key type; compared with its default equality. Null keys never match.</typeparam>
    /// <param name="leftKey">The key of the match.</param>
    /// <param name="rightKey">The key of the other fact.</param>
    /// <param name="where">Further condition on the match and the other fact, or null.</param>
    /// <returns>This pattern, filtered.</returns>
    public Pattern<T1, T2, T3> NotExists<TOther, TKey>(Func<T1, T2, T3, TKey> leftKey, Func<TOther, TKey> rightKey, Func<T1, T2, T3, TOther, bool>? where = null)
        where TKey : notnull => Filter(negated: true, leftKey, rightKey, where);

    /// <summary>
    /// Finns (Exists): keeps the match only when at least one fact of type <typeparamref name="TOther"/> has the
    /// match's key and satisfies <paramref name="where"/>. A filter: it does not add to the matched tuple.
    /// </summary>
    /// <remarks>
    /// Negation is stratified: the rule runs after every rule that declares it inserts <typeparamref name="TOther"/>
    /// (see <see cref="RuleBuilder.Inserts{T}"/> and <see cref="RuleSession.Fire"/>).
    /// </remarks>
    /// <typeparam name="TOther">The fact type whose existence is tested.</typeparam>
    /// <typeparam name="TKey">The key type; compared with its default equality. Null keys never match.</typeparam>
    /// <param name="leftKey">The key of the match.</param>
    /// <param name="rightKey">The key of the other fact.</param>
    /// <param name="where">Further condition on the match and the other fact, or null.</param>
    /// <returns>This pattern, filtered.</returns>
    public Pattern<T1, T2, T3> Exists<TOther, TKey>(Func<T1, T2, T3, TKey> leftKey, Func<TOther, TKey> rightKey, Func<T1, T2, T3, TOther, bool>? where = null)
        where TKey : notnull => Filter(negated: false, leftKey, rightKey, where);

    /// <summary>
    /// Då (then): the action to run once for each distinct matching tuple; ends the definition.
    /// </summary>
    /// <param name="action">The action: report findings or insert derived facts through the context.</param>
    public void Then(Action<IRuleContext, T1, T2, T3> action)
    {
        Guard.Against.Null(action);
        builder.SetAction(3, (ctx, a, b, c) => action(ctx, (T1)a, (T2)b!, (T3)c!));
    }

    private Pattern<T1, T2, T3> Filter<TOther, TKey>(bool negated, Func<T1, T2, T3, TKey> leftKey, Func<TOther, TKey> rightKey, Func<T1, T2, T3, TOther, bool>? where)
        where TKey : notnull
    {
        Guard.Against.Null(leftKey);
        builder.AddFilter(3, negated, (a, b, c) => leftKey((T1)a, (T2)b!, (T3)c!), rightKey, where is null ? null : (a, b, c, o) => where((T1)a, (T2)b!, (T3)c!, (TOther)o));
        return this;
    }
}
