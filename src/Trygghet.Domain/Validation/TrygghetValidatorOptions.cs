using System.Collections.Immutable;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Rules.Runtime;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.Validation;

/// <summary>
/// Granskningsinställningar (validator configuration): which rules run, at which severity, with which
/// settings. Immutable: each <c>With…</c>/<see cref="Disable"/> returns a new instance.
/// </summary>
/// <remarks>
/// Record equality (rules compare by reference). A <see cref="TrygghetValidator"/> compiles its rule set once
/// from these options.
/// </remarks>
public sealed record TrygghetValidatorOptions
{
    /// <summary>The default configuration: the default rules at their default severities, no settings.</summary>
    public static TrygghetValidatorOptions Default { get; } = new();

    /// <summary>Standardregler (include <see cref="DefaultRules.All"/>); default true.</summary>
    public bool IncludeDefaultRules { get; init; } = true;

    /// <summary>Egna regler (the caller's own rules), run beside the default rules.</summary>
    public EquatableArray<Rule> AdditionalRules { get; init; }

    /// <summary>Avstängda regler (ids of rules that do not run).</summary>
    public EquatableArray<string> DisabledRules { get; init; }

    /// <summary>Ändrad allvarlighet (severity per rule id, overriding the rule's default).</summary>
    public ImmutableSortedDictionary<string, Severity> SeverityOverrides { get; init; } =
        ImmutableSortedDictionary.Create<string, Severity>(StringComparer.Ordinal);

    /// <summary>Ändrad allvarlighet per grund (severity per kind of basis); a severity set for a rule id wins.</summary>
    public ImmutableSortedDictionary<BasisKind, Severity> BasisKindSeverities { get; init; } =
        ImmutableSortedDictionary<BasisKind, Severity>.Empty;

    /// <summary>
    /// Grunder som prövas (the kinds of basis whose default rules run); all three unless set. The caller's own
    /// rules always run.
    /// </summary>
    public EquatableArray<BasisKind> BasisKinds { get; init; } = new([BasisKind.Law, BasisKind.Document, BasisKind.Guidance]);

    /// <summary>
    /// Endast lag (the law-only profile): the default rules whose basis is law, at their default severities;
    /// the document's own commitments and guidance are not checked.
    /// </summary>
    public static TrygghetValidatorOptions LawOnly { get; } = new() { BasisKinds = new([BasisKind.Law]) };

    /// <summary>Inställningar (settings records the rules read, e.g. a municipality's own deadlines).</summary>
    public RuleSettings Settings { get; init; } = RuleSettings.Empty;

    /// <summary>
    /// Högsta antal iakttagelser per regel (the most findings one rule reports per validation; more are dropped
    /// and a <c>RULE-FINDINGS-CAPPED</c> warning says so). Default <see cref="TrygghetLimits.MaxFindingsPerRule"/>; at least 1.
    /// </summary>
    public int MaxFindingsPerRule { get; init => field = Guard.Against.NegativeOrZero(value, nameof(MaxFindingsPerRule)); } = TrygghetLimits.MaxFindingsPerRule;

    /// <summary>
    /// Regelmotor (the engine that runs the rules): <see cref="BuiltInRuleEngine.Instance"/> unless set, e.g. by
    /// <c>UseNRules()</c> from the package Trygghet.Domain.NRules. Both give the same findings.
    /// </summary>
    public IRuleEngine Engine { get; init; } = BuiltInRuleEngine.Instance;

    /// <summary>Runs the rules on another engine.</summary>
    /// <param name="engine">The engine.</param>
    /// <returns>New options.</returns>
    public TrygghetValidatorOptions WithEngine(IRuleEngine engine)
    {
        Guard.Against.Null(engine);
        return this with { Engine = engine };
    }

    /// <summary>Adds the caller's own rules.</summary>
    /// <param name="rules">The rules.</param>
    /// <returns>New options.</returns>
    public TrygghetValidatorOptions AddRules(params IEnumerable<Rule> rules)
    {
        Guard.Against.Null(rules);
        return this with { AdditionalRules = new([.. AdditionalRules.Items, .. rules]) };
    }

    /// <summary>Stops a rule from running.</summary>
    /// <param name="ruleId">The rule id.</param>
    /// <returns>New options.</returns>
    public TrygghetValidatorOptions Disable(string ruleId)
    {
        Guard.Against.NullOrWhiteSpace(ruleId);
        return this with { DisabledRules = DisabledRules.Add(ruleId) };
    }

    /// <summary>Changes the severity of a rule's findings.</summary>
    /// <param name="ruleId">The rule id.</param>
    /// <param name="severity">The severity.</param>
    /// <returns>New options.</returns>
    public TrygghetValidatorOptions WithSeverity(string ruleId, Severity severity)
    {
        Guard.Against.NullOrWhiteSpace(ruleId);
        return this with { SeverityOverrides = SeverityOverrides.SetItem(ruleId, severity) };
    }

    /// <summary>Changes the severity of every rule on one kind of basis (a severity set for a rule id wins).</summary>
    /// <param name="kind">The kind of basis.</param>
    /// <param name="severity">The severity.</param>
    /// <returns>New options.</returns>
    public TrygghetValidatorOptions WithSeverity(BasisKind kind, Severity severity) =>
        this with { BasisKindSeverities = BasisKindSeverities.SetItem(kind, severity) };

    /// <summary>Runs only the default rules on the given kinds of basis (e.g. law alone: see <see cref="LawOnly"/>).</summary>
    /// <param name="kinds">The kinds of basis.</param>
    /// <returns>New options.</returns>
    public TrygghetValidatorOptions WithBasisKinds(params IEnumerable<BasisKind> kinds)
    {
        Guard.Against.Null(kinds);
        return this with { BasisKinds = kinds.Distinct().Order().ToEquatableArray() };
    }

    /// <summary>Supplies a settings record to the rules (replacing an earlier one of the same type).</summary>
    /// <typeparam name="T">The settings record type.</typeparam>
    /// <param name="settings">The settings.</param>
    /// <returns>New options.</returns>
    public TrygghetValidatorOptions WithSettings<T>(T settings)
        where T : class, new()
    {
        Guard.Against.Null(settings);
        return this with { Settings = Settings.With(settings) };
    }
}
