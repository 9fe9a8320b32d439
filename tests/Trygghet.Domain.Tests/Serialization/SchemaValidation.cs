using System.Collections.Concurrent;
using NJsonSchema;
using NJsonSchema.Validation;
using Trygghet.Domain.Common;
using Trygghet.Domain.Serialization;

namespace Trygghet.Domain.Tests.Serialization;

/// <summary>Validates JSON against the committed schemas in docs/schema with NJsonSchema (an independent validator).</summary>
internal static class SchemaValidation
{
    private static readonly ConcurrentDictionary<DocumentKind, Task<JsonSchema>> Schemas = new();

    public static string SchemaPath(DocumentKind kind) =>
        Path.Combine(Docs.Snapshot.RepositoryRoot, "docs", "schema", TrygghetJson.KindName(kind) + ".schema.json");

    public static Task<JsonSchema> Schema(DocumentKind kind) =>
        Schemas.GetOrAdd(kind, k => JsonSchema.FromJsonAsync(File.ReadAllText(SchemaPath(k))));

    public static async Task<IReadOnlyList<ValidationError>> Validate(DocumentKind kind, string json) =>
        [.. (await Schema(kind)).Validate(json)];

    public static string Describe(IEnumerable<ValidationError> errors) =>
        string.Join("\n", errors.Select(e => e.ToString()));
}
