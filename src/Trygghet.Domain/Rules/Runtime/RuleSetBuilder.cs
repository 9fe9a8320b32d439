using Trygghet.Domain.Rules.Runtime;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.Rules.Runtime;

/// <summary>
/// Regeluppsättningsbyggare (rule set builder): collects rules and configuration (disable a rule, change its
/// severity) and builds an immutable <see cref="CompiledRuleSet"/>.
/// </summary>
/// <remarks>
/// Several rules may share one id when their bases' in-force periods do not overlap: they are versions of one
/// rule, and a session runs the version in force on its evaluation date. Configuration by id applies to all
/// versions. Not thread-safe; the built rule set is.
/// </remarks>
public sealed class RuleSetBuilder
{
    private readonly List<Rule> rules = [];
    private readonly HashSet<string> disabled = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Severity> severities = new(StringComparer.Ordinal);
    private readonly Dictionary<BasisKind, Severity> kindSeverities = [];

    /// <summary>Lägger till (adds) rules, e.g. the default rules or a municipality's own.</summary>
    /// <param name="rules">The rules to add.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rules"/> or one of its elements is null.</exception>
    public RuleSetBuilder Add(IEnumerable<Rule> rules)
    {
        Guard.Against.Null(rules);
        foreach (var rule in rules)
        {
            Guard.Against.Null(rule, nameof(rules));
            this.rules.Add(rule);
        }

        return this;
    }

    /// <summary>Lägger till (adds) rules, e.g. the default rules or a municipality's own.</summary>
    /// <param name="rules">The rules to add.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rules"/> or one of its elements is null.</exception>
    public RuleSetBuilder Add(params Rule[] rules) => Add((IEnumerable<Rule>)rules);

    /// <summary>Inaktiverar (disables) every version of the rule with <paramref name="ruleId"/>.</summary>
    /// <param name="ruleId">The rule id; must be the id of an added rule when <see cref="Build"/> is called.</param>
    /// <returns>This builder.</returns>
    public RuleSetBuilder Disable(string ruleId)
    {
        Guard.Against.NullOrWhiteSpace(ruleId);
        disabled.Add(ruleId);
        return this;
    }

    /// <summary>Ändrar allvarlighet (changes the severity) of every version of the rule with <paramref name="ruleId"/>.</summary>
    /// <param name="ruleId">The rule id; must be the id of an added rule when <see cref="Build"/> is called.</param>
    /// <param name="severity">The effective severity of the rule's findings.</param>
    /// <returns>This builder.</returns>
    public RuleSetBuilder WithSeverity(string ruleId, Severity severity)
    {
        Guard.Against.NullOrWhiteSpace(ruleId);
        Guard.Against.Above((int)severity, (int)Severity.Error, nameof(severity));
        Guard.Against.Below((int)severity, (int)Severity.Info, nameof(severity));
        severities[ruleId] = severity;
        return this;
    }

    /// <summary>
    /// Ändrar allvarlighet per grund (changes the severity of every rule version on one kind of basis), e.g.
    /// guidance as warnings. A severity set for a rule id with <see cref="WithSeverity(string, Severity)"/> wins.
    /// </summary>
    /// <param name="kind">The kind of basis.</param>
    /// <param name="severity">The effective severity of those rules' findings.</param>
    /// <returns>This builder.</returns>
    public RuleSetBuilder WithSeverity(BasisKind kind, Severity severity)
    {
        Guard.Against.Above((int)kind, (int)BasisKind.Guidance, nameof(kind));
        Guard.Against.Below((int)kind, (int)BasisKind.Law, nameof(kind));
        Guard.Against.Above((int)severity, (int)Severity.Error, nameof(severity));
        Guard.Against.Below((int)severity, (int)Severity.Info, nameof(severity));
        kindSeverities[kind] = severity;
        return this;
    }

    /// <summary>Bygger (builds) the compiled rule set: validates every rule and compiles the definitions.</summary>
    /// <returns>An immutable, thread-safe rule set.</returns>
    /// <exception cref="ArgumentException">
    /// A rule's metadata is invalid (id format, placeholders differ between languages) or two versions of one id
    /// have overlapping in-force periods. The message names the rule.
    /// </exception>
    /// <exception cref="InvalidOperationException">
    /// A configured id is not the id of any added rule, a rule's definition is incomplete, or rules cannot be ordered
    /// in strata because one tests <c>Exists</c>/<c>NotExists</c> on a type derived from its own conclusions (a cycle
    /// through negation). The message names the rules.
    /// </exception>
    public CompiledRuleSet Build()
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var versions = new Dictionary<string, List<RuleMetadata>>(StringComparer.Ordinal);
        foreach (var rule in rules)
        {
            var metadata = rule.Metadata;
            Guard.Against.InvalidRule(metadata is null, rule.GetType().Name, nameof(rule), "har ingen metadata.", "has no metadata.");
            Validate(metadata);
            if (!versions.TryGetValue(metadata.Id, out var list))
            {
                list = [];
                versions.Add(metadata.Id, list);
            }

            foreach (var other in list)
            {
                Guard.Against.InvalidRule(
                    other.Basis.Overlaps(metadata.Basis),
                    metadata.Id,
                    nameof(rule),
                    "har två versioner vars grunder gäller under överlappande perioder.",
                    "has two versions whose bases are in force on overlapping periods.");
            }

            list.Add(metadata);
            ids.Add(metadata.Id);
        }

        foreach (var id in disabled)
        {
            ThrowIfUnknown(ids, id, nameof(Disable));
        }

        foreach (var id in severities.Keys)
        {
            ThrowIfUnknown(ids, id, nameof(WithSeverity));
        }

        var enabled = new List<(Rule Rule, RuleMetadata Metadata, RuleDefinition Definition)>(rules.Count);
        foreach (var rule in rules)
        {
            if (!disabled.Contains(rule.Metadata.Id))
            {
                var metadata = severities.TryGetValue(rule.Metadata.Id, out var severity)
                    || kindSeverities.TryGetValue(rule.Metadata.Basis.Kind, out severity)
                    ? rule.Metadata with { DefaultSeverity = severity }
                    : rule.Metadata;
                enabled.Add((rule, metadata, Define(rule, metadata.Id)));
            }
        }

        // Agenda order: stratum (lower first), then priority (higher first), then the order the rules were added.
        var strata = Strata.Compute([.. enabled.Select(e => e.Metadata.Id)], [.. enabled.Select(e => e.Definition)]);
        var order = Enumerable.Range(0, enabled.Count)
            .OrderBy(i => strata[i])
            .ThenByDescending(i => enabled[i].Metadata.Priority)
            .ThenBy(i => i)
            .ToArray();

        var nodes = new RuleNode[enabled.Count];
        var slot = 0;
        for (var i = 0; i < nodes.Length; i++)
        {
            var (rule, metadata, definition) = enabled[order[i]];
            if (definition.Join2 is not null)
            {
                definition.Join2.Slot = slot++;
            }

            if (definition.Join3 is not null)
            {
                definition.Join3.Slot = slot++;
            }

            foreach (var filter in definition.Filters)
            {
                filter.Slot = slot++;
            }

            nodes[i] = new RuleNode(rule, metadata, definition, i, strata[order[i]]);
        }

        return new CompiledRuleSet(nodes, slot);
    }

    private static RuleDefinition Define(Rule rule, string id)
    {
        var builder = new RuleBuilder();
        try
        {
            rule.DefineInto(builder);
            return builder.Definition;
        }
        catch (InvalidOperationException e)
        {
            throw DomainGuards.Localized(
                new InvalidOperationException($"Rule {id} has an invalid definition: {e.Message}", e),
                $"Regeln {id} har en ogiltig definition: {DomainGuards.SwedishMessage(e) ?? e.Message}");
        }
    }

    private static void ThrowIfUnknown(HashSet<string> ids, string id, string operation)
    {
        if (!ids.Contains(id))
        {
            throw DomainGuards.InvalidState($"{operation}: ingen regel med id {id} har lagts till.", $"{operation}: no rule with id {id} has been added.");
        }
    }

    private static void Validate(RuleMetadata metadata)
    {
        var id = metadata.Id;
        Guard.Against.InvalidRule(
            !IsValidId(id),
            $"'{id}'",
            nameof(metadata),
            "har ett ogiltigt id: använd versalerna A-Z, siffror och enstaka '-' mellan dem.",
            "has an invalid id: use upper-case letters A-Z, digits and single '-' between them.");
        Guard.Against.InvalidRule(metadata.Basis is null, id, nameof(metadata), "saknar grund.", "lacks a basis.");
        if (!metadata.HasInlineTexts && !MessageCatalogue.HasBuiltIn(metadata.MessageKey))
        {
            Guard.Against.InvalidRule(
                true,
                id,
                nameof(metadata),
                $"saknar texter: ange Name, Description och Message, eller lägg till nyckeln {metadata.MessageKey} i meddelandekatalogerna.",
                $"has no texts: give Name, Description and Message, or add the key {metadata.MessageKey} to the message catalogues.");
        }

        Guard.Against.InvalidRule(
            metadata.DefaultSeverity is < Severity.Info or > Severity.Error,
            id,
            nameof(metadata),
            "har en okänd allvarlighetsgrad.",
            "has an undefined severity.");
        var swedish = MessageTemplate.Placeholders(metadata.Message.Swedish);
        var english = MessageTemplate.Placeholders(metadata.Message.English);
        if (!SameNames(swedish, english))
        {
            var (inSwedish, inEnglish) = ($"{{{string.Join("}, {", swedish)}}}", $"{{{string.Join("}, {", english)}}}");
            Guard.Against.InvalidRule(
                true,
                id,
                nameof(metadata),
                $"använder platshållarna {inSwedish} i det svenska meddelandet men {inEnglish} i det engelska.",
                $"uses the placeholders {inSwedish} in the Swedish message but {inEnglish} in the English one.");
        }

        Guard.Against.InvalidRule(metadata.Tags.IsDefault, id, nameof(metadata), "har oinitierade taggar (default).", "has default (uninitialised) tags.");
    }

    // Hand-written rather than a regex: building a rule set must be cheap even in a cold process.
    private static bool IsValidId(string? id)
    {
        if (string.IsNullOrEmpty(id) || id[0] == '-' || id[^1] == '-')
        {
            return false;
        }

        for (var i = 0; i < id.Length; i++)
        {
            var c = id[i];
            var valid = c is (>= 'A' and <= 'Z') or (>= '0' and <= '9') || (c == '-' && id[i - 1] != '-');
            if (!valid)
            {
                return false;
            }
        }

        return true;
    }

    private static bool SameNames(IReadOnlyList<string> first, IReadOnlyList<string> second)
    {
        if (first.Count != second.Count)
        {
            return false;
        }

        foreach (var name in first)
        {
            var found = false;
            foreach (var other in second)
            {
                found |= string.Equals(name, other, StringComparison.Ordinal);
            }

            if (!found)
            {
                return false;
            }
        }

        return true;
    }
}
