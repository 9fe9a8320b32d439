using Trygghet.Domain.Common;
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
    private readonly Dictionary<string, LocalizedText> names = new(StringComparer.Ordinal)
    {
        [EngineFindings.NoVersionInForce.Id] = EngineFindings.NoVersionInForce.Name,
    };

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
        evaluator = (options.Engine ?? throw new ArgumentException("The options name no rule engine (Engine is null).", nameof(options)))
            .Prepare(ruleSet);
        foreach (var rule in ruleSet.Rules)
        {
            names.TryAdd(rule.Id, rule.Name);
        }
    }

    /// <summary>The metadata of the rule versions that run.</summary>
    public IReadOnlyList<RuleMetadata> Rules => ruleSet.Rules;

    /// <summary>Runs the rules on <paramref name="facts"/> and returns the findings, errors first, then by rule id, path and message.</summary>
    public EquatableArray<ValidationFinding> Run(
        IEnumerable<object> facts, DateOnly asOf, DateOnly evaluationDate, RuleSettings settings, LocalizedText? document = null)
    {
        var findings = evaluator.Evaluate(facts, new SessionOptions
        {
            AsOf = asOf,
            EvaluationDate = evaluationDate,
            Settings = settings,
            Document = document,
        });
        return findings
            .Select(f => ValidationFinding.From(f, names.GetValueOrDefault(f.RuleId) ?? new LocalizedText(f.RuleId, f.RuleId)))
            .OrderByDescending(f => f.Severity)
            .ThenBy(f => f.RuleId, StringComparer.Ordinal)
            .ThenBy(f => f.Path, StringComparer.Ordinal)
            .ThenBy(f => f.Message.Swedish, StringComparer.Ordinal)
            .ToEquatableArray();
    }
}
