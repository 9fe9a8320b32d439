using System.Text.Json;
using Trygghet.Domain.Common;

namespace Trygghet.Domain.Serialization;

/// <summary>A JSON error with a bilingual explanation; the serializer adds the path.</summary>
internal sealed class LocalizedJsonException : JsonException
{
    public LocalizedJsonException(LocalizedText text)
        : base(text.English) => Text = text;

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
}
