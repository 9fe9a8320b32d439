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
            throw new JsonException("Ett meddelandeargument ska vara ett objekt (a message argument must be an object).");
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
                    throw new JsonException($"Okänd egenskap '{property}' i ett meddelandeargument (unknown property '{property}' in a message argument).");
            }
        }

        if (string.IsNullOrWhiteSpace(name) || value is null)
        {
            throw new JsonException("Ett meddelandeargument saknar namn eller värde (a message argument lacks its name or value).");
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
