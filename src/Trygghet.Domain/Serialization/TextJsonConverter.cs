using System.Text.Json;
using System.Text.Json.Serialization;

namespace Trygghet.Domain.Serialization;

/// <summary>
/// Reads and writes a value as its text: a JSON string read with the value's own <c>TryParse</c>, whose bilingual
/// error is reported at the reader's path; written with <see cref="object.ToString"/>.
/// </summary>
/// <typeparam name="T">The value type.</typeparam>
/// <param name="notAString">What a value must look like, said when the token is no string.</param>
/// <param name="parse">The value's own parser.</param>
internal abstract class TextJsonConverter<T>(LocalizedText notAString, Func<string?, ParseResult<T>> parse) : JsonConverter<T>
    where T : notnull
{
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType != JsonTokenType.String
            ? throw new LocalizedJsonException(notAString)
            : parse(reader.GetString()).Match(value => value, error => throw new LocalizedJsonException(error.Message));

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString());
}
