using Trygghet.Domain.Rules;
using Trygghet.Domain.Rules.Runtime;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.Validation;

/// <summary>
/// The compiled rules behind a validator or calculator: the default rules it selects plus the caller's own, with the
/// caller's configuration applied, and the conversion of engine findings into ordered <see cref="ValidationFinding"/>s.
/// </summary>
internal sealed class ConfiguredRules
{
    private readonly CompiledRuleSet ruleSet;
    private readonly IRuleEvaluator evaluator;
    private readonly Dictionary<string, LocalizedText> names =
        EngineFindings.All.ToDictionary(m => m.Id, m => m.Name, StringComparer.Ordinal);

    /// <param name="options">The caller's configuration.</param>
    /// <param name="selectDefault">Which default rules to run; configuration of the others is ignored, but an id of no rule at all still fails.</param>
    public ConfiguredRules(TrygghetValidatorOptions options, Func<Rule, bool>? selectDefault = null)
    {
        var builder = new RuleSetBuilder();
        var excluded = new HashSet<string>(StringComparer.Ordinal);
        foreach (var rule in DefaultRules.All)
        {
            if (options.IncludeDefaultRules && options.BasisKinds.Contains(rule.Metadata.Basis.Kind)
                && (selectDefault is null || selectDefault(rule)))
            {
                builder.Add(rule);
            }
            else
            {
                excluded.Add(rule.Metadata.Id);
            }
        }

        builder.Add(options.AdditionalRules.Items);
        foreach (var rule in options.AdditionalRules)
        {
            excluded.Remove(rule.Metadata.Id);
        }

        foreach (var id in options.DisabledRules.Where(id => !excluded.Contains(id)))
        {
            builder.Disable(id);
        }

        foreach (var (id, severity) in options.SeverityOverrides.Where(o => !excluded.Contains(o.Key)))
        {
            builder.WithSeverity(id, severity);
        }

        foreach (var (kind, severity) in options.BasisKindSeverities)
        {
            builder.WithSeverity(kind, severity);
        }

        ruleSet = builder.Build();
        Guard.Against.InvalidArgument(options.Engine is null, nameof(options), "Inställningarna anger ingen regelmotor (Engine är null).", "The options name no rule engine (Engine is null).");
        evaluator = options.Engine.Prepare(ruleSet);
        foreach (var rule in ruleSet.Rules)
        {
            names.TryAdd(rule.Id, rule.Name);
        }
    }

    /// <summary>The metadata of the rule versions that run.</summary>
    public IReadOnlyList<RuleMetadata> Rules => ruleSet.Rules;

    /// <summary>Runs the rules on <paramref name="facts"/> and returns the findings, errors first, then by rule id, path and message.</summary>
    public EquatableArray<ValidationFinding> Run(
        IEnumerable<object> facts, DateOnly asOf, DateOnly evaluationDate, RuleSettings settings, LocalizedText? document, int maxFindingsPerRule) =>
        Ordered(evaluator.Evaluate(facts, Session(asOf, evaluationDate, settings, document, maxFindingsPerRule)), ToValidation, f => f).ToEquatableArray();

    /// <summary>
    /// Runs the rules and returns each finding's trace, in the order of <see cref="Run"/>. Traces come from the
    /// built-in engine, which keeps the derived facts; every engine gives the same findings.
    /// </summary>
    public EquatableArray<FindingTrace> Trace(
        IEnumerable<object> facts, DateOnly asOf, DateOnly evaluationDate, RuleSettings settings, LocalizedText? document, int maxFindingsPerRule)
    {
        var session = ruleSet.OpenSession(Session(asOf, evaluationDate, settings, document, maxFindingsPerRule));
        session.InsertAll(facts);
        session.Fire();
        var derived = new HashSet<object>(session.DerivedFacts, ReferenceEqualityComparer.Instance);
        return Ordered(session.Findings, f => FindingTrace.From(f, ToValidation(f), evaluationDate, derived), t => t.Finding).ToEquatableArray();
    }

    private static SessionOptions Session(DateOnly asOf, DateOnly evaluationDate, RuleSettings settings, LocalizedText? document, int maxFindingsPerRule) => new()
    {
        AsOf = asOf,
        EvaluationDate = evaluationDate,
        Settings = settings,
        Document = document,
        MaxFindingsPerRule = maxFindingsPerRule,
    };

    private ValidationFinding ToValidation(Finding finding) =>
        ValidationFinding.From(finding, names.GetValueOrDefault(finding.RuleId) ?? new LocalizedText(finding.RuleId, finding.RuleId));

    private static IEnumerable<T> Ordered<T>(IEnumerable<Finding> findings, Func<Finding, T> map, Func<T, ValidationFinding> key) =>
        findings.Select(map)
            .OrderByDescending(t => key(t).Severity)
            .ThenBy(t => key(t).RuleId, StringComparer.Ordinal)
            .ThenBy(t => key(t).Path, StringComparer.Ordinal)
            .ThenBy(t => key(t).Message.Swedish, StringComparer.Ordinal);
}
