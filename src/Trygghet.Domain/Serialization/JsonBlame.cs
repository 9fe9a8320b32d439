using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Trygghet.Domain.Serialization;

/// <summary>
/// Finds where a constructor refused the data: the serializer does not put a path on a constructor's
/// <see cref="ArgumentException"/>, so the input is walked along the contract, deserialising each part, to
/// the deepest part that still fails. Runs only on the error path.
/// </summary>
internal static class JsonBlame
{
    /// <summary>The path of the deepest refused value, the refusal, and whether that value is a blank string.</summary>
    public static (string Path, Exception Cause, bool Blank) Find(
        ReadOnlySpan<byte> utf8Json, JsonTypeInfo root, JsonSerializerOptions options, int maxDepth, Exception original)
    {
        try
        {
            using var document = JsonDocument.Parse(utf8Json.ToArray(), new JsonDocumentOptions { MaxDepth = maxDepth });
            var (path, cause, element) = Walk(document.RootElement, root, options, JsonPath.Root, original);
            return (path, cause, element.ValueKind == JsonValueKind.String && string.IsNullOrWhiteSpace(element.GetString()));
        }
        catch (JsonException)
        {
            return (JsonPath.Root, original, false);
        }
    }

    /// <summary>
    /// Where the input stops being well-formed JSON (or gets too deep): the path of the innermost value being
    /// read, e.g. <c>$.areas[2]</c>; null when the input is well-formed.
    /// </summary>
    public static (string Path, JsonException Error)? Malformed(ReadOnlySpan<byte> utf8Json, int maxDepth)
    {
        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = maxDepth });
        var frames = new List<Frame>();
        long consumed = 0;
        try
        {
            while (reader.Read())
            {
                consumed = reader.BytesConsumed;
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        frames[^1].Name = reader.GetString();
                        break;
                    case JsonTokenType.StartObject or JsonTokenType.StartArray:
                        if (frames.Count > 0 && frames[^1].IsArray)
                        {
                            frames[^1].Index++;
                        }

                        frames.Add(new Frame { IsArray = reader.TokenType == JsonTokenType.StartArray });
                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        frames.RemoveAt(frames.Count - 1);
                        ValueDone(frames);
                        break;
                    default:
                        if (frames.Count > 0 && frames[^1].IsArray)
                        {
                            frames[^1].Index++;
                        }

                        ValueDone(frames);
                        break;
                }
            }

            return null;
        }
        catch (JsonException e)
        {
            // Inside an array, an error after a comma (or after "[") lies in the next item when there is one.
            if (frames.Count > 0 && frames[^1].IsArray && NextItemFollows(utf8Json, consumed))
            {
                frames[^1].Index++;
            }

            var path = JsonPath.Root;
            foreach (var frame in frames)
            {
                if (frame.IsArray && frame.Index >= 0)
                {
                    path = JsonPath.Item(path, frame.Index);
                }
                else if (!frame.IsArray && frame.Name is not null)
                {
                    path = JsonPath.Member(path, frame.Name);
                }
            }

            return (path, e);
        }

        // A finished property value: an error before the next name belongs to the object, not to that value.
        static void ValueDone(List<Frame> frames)
        {
            if (frames.Count > 0 && !frames[^1].IsArray)
            {
                frames[^1].Name = null;
            }
        }
    }

    // After the last token read: skip white space and at most one comma; true when something other than the
    // array's end follows (the start of the next item, however broken).
    private static bool NextItemFollows(ReadOnlySpan<byte> utf8Json, long consumed)
    {
        var rest = utf8Json[(int)Math.Min(consumed, utf8Json.Length)..].TrimStart(" \t\r\n"u8);
        if (rest.IsEmpty)
        {
            return false;
        }

        if (rest[0] == (byte)',')
        {
            rest = rest[1..].TrimStart(" \t\r\n"u8);
        }
        else if (rest[0] == (byte)']')
        {
            return false;
        }

        return !rest.IsEmpty && rest[0] != (byte)']' && rest[0] != (byte)',';
    }

    private sealed class Frame
    {
        public bool IsArray { get; init; }

        public int Index { get; set; } = -1;

        public string? Name { get; set; }
    }

    private static (string Path, Exception Cause, JsonElement Element) Walk(
        JsonElement element, JsonTypeInfo info, JsonSerializerOptions options, string path, Exception cause)
    {
        info = Concrete(element, info, options);
        if (info.Kind == JsonTypeInfoKind.Object && element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in info.Properties)
            {
                if (element.TryGetProperty(property.Name, out var child))
                {
                    var childInfo = options.GetTypeInfo(property.PropertyType);
                    if (Fails(child, childInfo, out var inner))
                    {
                        return Walk(child, childInfo, options, JsonPath.Member(path, property.Name), inner);
                    }
                }
            }

            // The object's own constructor refused the combination: name the parameter when it is a property
            // present in the input (a missing one is reported at its object; the message names it).
            if (cause is ArgumentException { ParamName: { } name })
            {
                var match = info.Properties.FirstOrDefault(p =>
                    string.Equals(p.AssociatedParameter?.Name, name, StringComparison.Ordinal)
                    || string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));
                if (match is not null && element.TryGetProperty(match.Name, out var named))
                {
                    return (JsonPath.Member(path, match.Name), cause, named);
                }
            }

            return (path, cause, element);
        }

        if (info.Kind == JsonTypeInfoKind.Enumerable && element.ValueKind == JsonValueKind.Array && info.ElementType is { } elementType)
        {
            var elementInfo = options.GetTypeInfo(elementType);
            var index = 0;
            foreach (var item in element.EnumerateArray())
            {
                if (Fails(item, elementInfo, out var inner))
                {
                    return Walk(item, elementInfo, options, JsonPath.Item(path, index), inner);
                }

                index++;
            }
        }

        return (path, cause, element);
    }

    internal static JsonTypeInfo Concrete(JsonElement element, JsonTypeInfo info, JsonSerializerOptions options)
    {
        if (Nullable.GetUnderlyingType(info.Type) is { } underlying && element.ValueKind != JsonValueKind.Null)
        {
            return options.GetTypeInfo(underlying);
        }

        if (info.PolymorphismOptions is { } polymorphism
            && element.ValueKind == JsonValueKind.Object
            && element.TryGetProperty(polymorphism.TypeDiscriminatorPropertyName, out var discriminator)
            && discriminator.ValueKind == JsonValueKind.String)
        {
            var name = discriminator.GetString();
            foreach (var derived in polymorphism.DerivedTypes)
            {
                if (derived.TypeDiscriminator is string s && s == name)
                {
                    return options.GetTypeInfo(derived.DerivedType);
                }
            }
        }

        return info;
    }

    private static bool Fails(JsonElement element, JsonTypeInfo info, out Exception cause)
    {
        try
        {
            JsonSerializer.Deserialize(element, info);
            cause = null!;
            return false;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or FormatException or OverflowException)
        {
            cause = e;
            return true;
        }
        catch (Exception e) when (e is JsonException or NotSupportedException)
        {
            cause = e;
            return false;
        }
    }
}
