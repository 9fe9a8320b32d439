using System.Text.Json;
using System.Text.Json.Serialization;
using Trygghet.Domain.Validation;

namespace Trygghet.Domain.Serialization;

/// <summary>Writes a message argument as <c>{"name": ..., "value": "text"}</c> and reads it back with its text as the value.</summary>
internal sealed class MessageArgumentJsonConverter : JsonConverter<MessageArgument>
{
    public override MessageArgument Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new LocalizedJsonException(new LocalizedText("Ett meddelandeargument ska vara ett objekt.", "A message argument must be an object."));
        }

        string? name = null;
        string? value = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var property = reader.GetString();
            reader.Read();
            switch (property)
            {
                case "name":
                    name = reader.GetString();
                    break;
                case "value":
                    value = reader.GetString();
                    break;
                default:
                    throw new LocalizedJsonException(new LocalizedText($"Okänd egenskap '{property}' i ett meddelandeargument.", $"Unknown property '{property}' in a message argument."));
            }
        }

        if (string.IsNullOrWhiteSpace(name) || value is null)
        {
            throw new LocalizedJsonException(new LocalizedText("Ett meddelandeargument saknar namn eller värde.", "A message argument lacks its name or value."));
        }

        return new MessageArgument(name, value);
    }

    public override void Write(Utf8JsonWriter writer, MessageArgument value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("name", value.Name);
        writer.WriteString("value", value.Text);
        writer.WriteEndObject();
    }
}
