using System.Text.Json;
using System.Text.Json.Serialization;

namespace Trygghet.Domain.Serialization;

/// <summary>Writes an enum as its camelCase name and reads only names (no numbers), AOT-safe per closed type.</summary>
/// <typeparam name="TEnum">The enum type.</typeparam>
internal sealed class CamelCaseEnumConverter<TEnum> : JsonStringEnumConverter<TEnum>
    where TEnum : struct, Enum
{
    public CamelCaseEnumConverter()
        : base(JsonNamingPolicy.CamelCase, allowIntegerValues: false)
    {
    }
}
