using System.Text.Json.Serialization.Metadata;
using Trygghet.Domain.Common;

namespace Trygghet.Domain.Serialization;

// The registry of serialisable types: every top-level document and every EquatableArray<T> element type.
// When a slice adds a type, add it here and to TrygghetJsonContext; a test checks nothing is missing.
internal static partial class JsonContract
{
    /// <summary>Every top-level document type with its kind, in <see cref="DocumentKind"/> order.</summary>
    public static readonly IReadOnlyList<(DocumentKind Kind, Type Type)> DocumentTypes =
    [
    ];

    private static IEnumerable<KeyValuePair<Type, Func<System.Text.Json.JsonSerializerOptions, int, JsonTypeInfo>>> CreateArrayFactories() =>
    [
        Array<string>(),
        Array<Validation.ValidationFinding>(),
    ];
}
