using System.Text.Json;

namespace Trygghet.Domain.Serialization;

/// <summary>A JSON error with a bilingual explanation; the serializer adds the path.</summary>
internal sealed class LocalizedJsonException : JsonException
{
    public LocalizedJsonException(LocalizedText text)
        : base(text.English) => Text = text;

    /// <summary>An error inside the value a converter reads, at <paramref name="subPath"/> below the converter's path.</summary>
    public LocalizedJsonException(LocalizedText text, string subPath)
        : this(text) => SubPath = subPath;

    public LocalizedJsonException()
        : this(new LocalizedText("Ogiltig JSON.", "Invalid JSON."))
    {
    }

    public LocalizedJsonException(string message)
        : this(new LocalizedText(message, message))
    {
    }

    public LocalizedJsonException(string message, Exception innerException)
        : base(message, innerException) => Text = new LocalizedText(message, message);

    public LocalizedText Text { get; }

    /// <summary>The path below <see cref="JsonException.Path"/> (e.g. "start"), or null.</summary>
    public string? SubPath { get; }

    /// <summary>True when the error is about a whole array (its length), not the item the reader stopped at.</summary>
    public bool AboutTheArray { get; init; }

    /// <summary>With <see cref="AboutTheArray"/>: the index of the offending item, or null for the array itself.</summary>
    public int? Item { get; init; }

    /// <summary>The full JSON path: the serializer's path and the sub-path.</summary>
    public string FullPath
    {
        get
        {
            var path = Path ?? JsonPath.Root;
            if (AboutTheArray && path.EndsWith(']') && path.LastIndexOf('[') is > 0 and var open)
            {
                path = path[..open];
            }

            if (AboutTheArray && Item is { } item)
            {
                path = JsonPath.Item(path, item);
            }

            return SubPath is null ? path : JsonPath.Member(path, SubPath);
        }
    }
}
