using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using Trygghet.Domain.Common;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Rules.Runtime;
using Trygghet.Domain.Serialization;
using Trygghet.Domain.Tests.Common;
using Trygghet.Domain.Validation;

namespace Trygghet.Domain.Tests.Properties;

/// <summary>
/// A finding names a place in the document as a JSON read error would: on generated documents of every kind at
/// generated dates, every finding's path and every fact's path (derived facts too) starts at <c>$</c> and leads to
/// a node of the document's own JSON as <see cref="TrygghetJson"/> writes it; and where the value at that place is
/// replaced by one of the wrong type, reading the JSON fails with an error naming that very path.
/// </summary>
public sealed class FindingPathProperties
{
    private static readonly CompiledRuleSet Defaults = new RuleSetBuilder().Add(DefaultRules.All).Build();

    [DomainProperty]
    public Property Validate_GeneratedDocument_EveryFindingAndFactPathResolvesInItsJson() =>
        Prop.ForAll(DocumentVariants.Arbitrary, variant =>
        {
            var (document, session) = Evaluate(variant);
            var root = JsonNode.Parse(TrygghetJson.Serialize(document))!;
            var paths = session.Findings.Select(f => f.Path)
                .Concat(DocumentFacts.From(document).Concat(session.DerivedFacts).OfType<IFact>().Select(f => f.Path))
                .Distinct(StringComparer.Ordinal)
                .ToList();
            var unresolved = paths.Where(p => !JsonPathResolver.Exists(root, p)).ToList();
            return (unresolved.Count == 0).Label($"{variant}: not in its JSON: {string.Join(", ", unresolved)}");
        });

    [DomainProperty]
    public Property Read_ValueAtAFindingsPathOfTheWrongType_TheReadErrorNamesThatPath() =>
        Prop.ForAll(DocumentVariants.Arbitrary, Arb.From(Gen.Choose(0, int.MaxValue)), (variant, pick) =>
        {
            var (document, session) = Evaluate(variant);
            // The document itself is no place a read error can name apart from its kind; take a finding about a part.
            var paths = session.Findings.Select(f => f.Path).Where(p => p != "$").Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            if (paths.Count == 0)
            {
                return true.ToProperty();
            }

            var path = paths[pick % paths.Count];
            var root = JsonNode.Parse(TrygghetJson.Serialize(document))!;
            Replace(root, path, JsonValue.Create(true));
            var read = TrygghetJson.Deserialize(root.ToJsonString());
            return (!read.IsSuccess && read.Error!.Path == path)
                .Label($"{variant}: replaced {path}; read error at {read.Error?.Path ?? "(none)"}");
        });

    private static (IDocument Document, RuleSession Session) Evaluate(DocumentVariants.Variant variant)
    {
        var document = variant.Build();
        var session = Defaults.OpenSession(new SessionOptions
        {
            AsOf = variant.AsOf,
            EvaluationDate = TrygghetValidator.EvaluationDateFor(document, variant.AsOf),
            MaxFindingsPerRule = int.MaxValue,
        });
        session.InsertAll(DocumentFacts.From(document));
        session.Fire();
        return (document, session);
    }

    // Sets the node at a path found in the document: the parent is reached by the resolver, then its member or item set.
    private static void Replace(JsonNode root, string path, JsonNode replacement)
    {
        var cut = path.EndsWith(']') && !path.EndsWith("']", StringComparison.Ordinal) ? path.LastIndexOf('[') : path.LastIndexOf('.');
        var parent = JsonPathResolver.Resolve(root, path[..cut]).Node!;
        if (parent is JsonArray array)
        {
            array[int.Parse(path[(cut + 1)..^1], System.Globalization.CultureInfo.InvariantCulture)] = replacement;
        }
        else
        {
            parent[path[(cut + 1)..]] = replacement;
        }
    }
}
