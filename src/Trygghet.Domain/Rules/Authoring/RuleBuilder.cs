using Trygghet.Domain.Rules.Runtime;

namespace Trygghet.Domain.Rules.Authoring;

/// <summary>
/// Regelbyggare (rule builder): describes one rule's definition inside <see cref="Rule.Define"/>.
/// Start with <see cref="Match{T}"/>, optionally join up to two more fact types and add existence filters,
/// and end with <c>Then</c>.
/// </summary>
/// <remarks>
/// Matching a type <c>T</c> includes facts whose run-time type derives from or implements <c>T</c>.
/// Join keys compare with <see cref="EqualityComparer{T}.Default"/>; a null key never joins.
/// </remarks>
public sealed class RuleBuilder
{
    private readonly List<Type> types = new(3);
    private readonly List<FilterStage> filters = [];
    private readonly List<Type> inserts = [];
    private Func<object, bool>? where;
    private JoinStage? join2;
    private JoinStage? join3;
    private RuleDefinition? definition;

    internal RuleBuilder()
    {
    }

    /// <summary>
    /// Härleder (declares that the rule inserts) facts of type <typeparamref name="T"/> through
    /// <see cref="IRuleContext.Insert"/>. A rule inserts only facts of the types it declares; the rule set builder
    /// uses the declarations to order rules in strata, so that a rule testing <c>Exists</c>/<c>NotExists</c> on a
    /// type runs after every rule that derives it. Call before <see cref="Match{T}"/>; call once per type.
    /// </summary>
    /// <typeparam name="T">The derived fact type (a fact inserted may be of this type or derive from it).</typeparam>
    /// <returns>This builder.</returns>
    /// <exception cref="InvalidOperationException"><see cref="Match{T}"/> was already called for this rule.</exception>
    public RuleBuilder Inserts<T>()
        where T : class
    {
        if (types.Count != 0)
        {
            throw DomainGuards.InvalidState("Ange de härledda faktatyperna (Inserts) före Match.", "Declare the derived fact types (Inserts) before Match.");
        }

        if (!inserts.Contains(typeof(T)))
        {
            inserts.Add(typeof(T));
        }

        return this;
    }

    /// <summary>Matchar (matches) facts of type <typeparamref name="T"/> that satisfy <paramref name="where"/>.</summary>
    /// <typeparam name="T">The fact type (a class, interface or base type).</typeparam>
    /// <param name="where">The condition on the fact, or null to match every fact of the type.</param>
    /// <returns>The pattern, to join, filter or end with <c>Then</c>.</returns>
    /// <exception cref="InvalidOperationException"><see cref="Match{T}"/> was already called for this rule.</exception>
    public Pattern<T> Match<T>(Func<T, bool>? where = null)
    {
        if (types.Count != 0)
        {
            throw DomainGuards.InvalidState("En regeldefinition börjar med exakt en Match.", "A rule definition starts with exactly one Match.");
        }

        types.Add(typeof(T));
        if (where is not null)
        {
            this.where = fact => where((T)fact);
        }

        return new Pattern<T>(this);
    }

    internal RuleDefinition Definition =>
        definition ?? throw DomainGuards.InvalidState("Regeldefinitionen slutar inte med Then.", "The rule definition does not end with Then.");

    internal void AddJoin(int arity, Type type, JoinStage stage)
    {
        EnsureOpen(arity);
        types.Add(type);
        if (arity == 1)
        {
            join2 = stage;
        }
        else
        {
            join3 = stage;
        }
    }

    // The one Exists/NotExists filter behind every pattern arity: the pattern reads its tuple (a, b, c) as its typed
    // facts for the key and the condition; the other fact's key is read here.
    internal void AddFilter<TOther, TKey>(
        int arity,
        bool negated,
        Func<object, object?, object?, TKey> leftKey,
        Func<TOther, TKey> rightKey,
        Func<object, object?, object?, object, bool>? where)
        where TKey : notnull
    {
        Guard.Against.Null(rightKey);
        EnsureOpen(arity);
        filters.Add(new FilterStage<TKey>(typeof(TOther), negated, leftKey, o => rightKey((TOther)o), where));
    }

    internal void SetAction(int arity, Action<IRuleContext, object, object?, object?> action)
    {
        EnsureOpen(arity);
        definition = new RuleDefinition([.. types], where, join2, join3, [.. filters], action, [.. inserts]);
    }

    private void EnsureOpen(int arity)
    {
        if (definition is not null)
        {
            throw DomainGuards.InvalidState("Regeldefinitionen har redan avslutats med Then.", "The rule definition already ended with Then.");
        }

        if (types.Count != arity)
        {
            throw DomainGuards.InvalidState("Ett mönster utökades två gånger; en regeldefinition är en enda kedja.", "A pattern was extended twice; a rule definition is one chain.");
        }
    }
}
