using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Trygghet.Domain.Serialization;

/// <summary>
/// Builds the JSON contract on top of the source-generated context: polymorphic documents with a "kind"
/// discriminator, <see cref="EquatableArray{T}"/> as arrays, and only constructor/init data written.
/// </summary>
internal static partial class JsonContract
{
    /// <summary>The discriminator property of top-level documents.</summary>
    public const string DiscriminatorName = "kind";

    /// <summary>The JSON name of a document kind, e.g. "cooperationAgreement".</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The camelCase name.</returns>
    public static string KindName(DocumentKind kind) => JsonNamingPolicy.CamelCase.ConvertName(kind.ToString());

    /// <summary>Creates serializer options with the given limits.</summary>
    /// <param name="limits">The limits.</param>
    /// <returns>Read-only options.</returns>
    public static JsonSerializerOptions CreateOptions(TrygghetJsonOptions limits)
    {
        limits.Validate();
        var arrays = new EquatableArrayResolver(limits.MaxArrayLength);
        var options = new JsonSerializerOptions(TrygghetJsonContext.Default.Options)
        {
            MaxDepth = limits.MaxDepth,
            WriteIndented = limits.WriteIndented,
            IndentSize = 2,
            // Swedish letters as themselves; documents are data files, never embedded in HTML unescaped.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            TypeInfoResolver = JsonTypeInfoResolver.Combine(arrays, TrygghetJsonContext.Default)
                .WithAddedModifier(ConfigureDocuments)
                .WithAddedModifier(KeepOnlyConstructedData)
                .WithAddedModifier(OmitDefaultedProperties)
                .WithAddedModifier(RequireWhatCannotDefault),
        };
        options.MakeReadOnly();
        return options;
    }

    private static void ConfigureDocuments(JsonTypeInfo info)
    {
        if (info.Type != typeof(IDocument))
        {
            return;
        }

        var polymorphism = new JsonPolymorphismOptions
        {
            TypeDiscriminatorPropertyName = DiscriminatorName,
            IgnoreUnrecognizedTypeDiscriminators = false,
            UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization,
        };
        foreach (var (kind, type) in DocumentTypes)
        {
            polymorphism.DerivedTypes.Add(new JsonDerivedType(type, KindName(kind)));
        }

        info.PolymorphismOptions = polymorphism;
    }

    // Computed properties (Kind, counts, midpoints) are not data: write only what a constructor or init takes.
    private static void KeepOnlyConstructedData(JsonTypeInfo info)
    {
        if (info.Kind != JsonTypeInfoKind.Object || info.Type.Namespace == typeof(Validation.ValidationReport).Namespace)
        {
            return;
        }

        for (var i = info.Properties.Count - 1; i >= 0; i--)
        {
            var property = info.Properties[i];
            if (property.Set is null && property.AssociatedParameter is null)
            {
                info.Properties.RemoveAt(i);
            }
        }
    }

    // An omitted value must read as something the type allows. Two cases would read as nothing: a non-null
    // init-only reference (the generated constructor call passes null for it) and a member of a positional
    // record struct (built by its parameterless constructor, e.g. a follow-up plan with no span). Require both.
    private static void RequireWhatCannotDefault(JsonTypeInfo info)
    {
        if (info.Kind != JsonTypeInfoKind.Object || info.Type.Assembly != typeof(IDocument).Assembly
            || info.Type.Namespace == typeof(Validation.ValidationReport).Namespace)
        {
            return;
        }

        foreach (var property in info.Properties)
        {
            if (property.IsRequired || property.AssociatedParameter is { IsMemberInitializer: false } || property.Set is null
                || DefaultedProperties.Any(d => d.Type == info.Type && d.Name == property.Name))
            {
                continue;
            }

            var nonNullReference = !property.PropertyType.IsValueType && !property.IsSetNullable && !property.IsGetNullable;
            var structMember = info.Type.IsValueType && Nullable.GetUnderlyingType(property.PropertyType) is null
                && !(property.PropertyType.IsGenericType && property.PropertyType.GetGenericTypeDefinition() == typeof(EquatableArray<>));
            if (nonNullReference || structMember)
            {
                property.IsRequired = true;
            }
        }
    }

    private sealed class EquatableArrayResolver(int maxLength) : IJsonTypeInfoResolver
    {
        public JsonTypeInfo? GetTypeInfo(Type type, JsonSerializerOptions options) =>
            ArrayFactories.TryGetValue(type, out var create) ? create(options, maxLength) : null;
    }

    private static readonly FrozenDictionary<Type, Func<JsonSerializerOptions, int, JsonTypeInfo>> ArrayFactories =
        CreateArrayFactories().ToFrozenDictionary();

    private static KeyValuePair<Type, Func<JsonSerializerOptions, int, JsonTypeInfo>> Array<T>() =>
        new(typeof(EquatableArray<T>), CreateArrayInfo<T>);

    private static JsonTypeInfo<EquatableArray<T>> CreateArrayInfo<T>(JsonSerializerOptions options, int maxLength)
    {
        var values = new JsonCollectionInfoValues<EquatableArray<T>>
        {
            ElementInfo = (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T)),
        };
        return JsonMetadataServices.CreateImmutableEnumerableInfo<EquatableArray<T>, T>(
            options,
            values,
            items =>
            {
                var array = ImmutableArray.CreateRange(items);
                if (array.Length > maxLength)
                {
                    throw new LocalizedJsonException(new LocalizedText(
                        $"Listan har {array.Length} element; högst {maxLength} tillåts.",
                        $"The array has {array.Length} items; at most {maxLength} are allowed."))
                    {
                        AboutTheArray = true,
                    };
                }

                // Element types are never nullable: a null item is missing data, not a value.
                if (!typeof(T).IsValueType && array.IndexOf(default!) is var index and >= 0)
                {
                    throw new LocalizedJsonException(new LocalizedText(
                        $"Listan innehåller null på plats {index}.",
                        $"The array holds null at index {index}."))
                    {
                        AboutTheArray = true,
                        Item = index,
                    };
                }

                return new EquatableArray<T>(array);
            });
    }

    /// <summary>Element types T for which EquatableArray&lt;T&gt; may appear in a document.</summary>
    public static IEnumerable<Type> ArrayElementTypes => ArrayFactories.Keys.Select(t => t.GetGenericArguments()[0]);
}
