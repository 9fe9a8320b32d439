using System.Text.Json;
using System.Text.Json.Serialization;

namespace Trygghet.Domain.Serialization;

/// <summary>Reads and writes a <see cref="CaseNumber"/> as its text, e.g. "KS 25/0311".</summary>
internal sealed class CaseNumberJsonConverter : JsonConverter<CaseNumber>
{
    public override CaseNumber Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new LocalizedJsonException(new LocalizedText(
                "Ett diarienummer ska vara en sträng, t.ex. \"KS 25/0311\".",
                "A case number must be a string, e.g. \"KS 25/0311\"."));
        }

        var result = CaseNumber.TryParse(reader.GetString());
        return result.IsSuccess ? result.Value : throw new LocalizedJsonException(result.Error.Message);
    }

    public override void Write(Utf8JsonWriter writer, CaseNumber value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString());
}
