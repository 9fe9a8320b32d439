using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Trygghet.Domain.Serialization;

/// <summary>Reads and writes <see cref="DateOnly"/> as "yyyy-MM-dd", refusing impossible and absurd dates.</summary>
internal sealed class DateOnlyJsonConverter : JsonConverter<DateOnly>
{
    /// <summary>Earliest date a document may hold.</summary>
    public static readonly DateOnly Earliest = TrygghetLimits.EarliestDate;

    /// <summary>Latest date a document may hold.</summary>
    public static readonly DateOnly Latest = TrygghetLimits.LatestDate;

    public override DateOnly Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new LocalizedJsonException(new LocalizedText(
                "Ett datum ska vara en sträng på formen ÅÅÅÅ-MM-DD.",
                "A date must be a string written YYYY-MM-DD."));
        }

        var text = reader.GetString();
        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            throw new LocalizedJsonException(new LocalizedText(
                $"'{text}' är inget giltigt datum på formen ÅÅÅÅ-MM-DD.",
                $"'{text}' is not a valid date written YYYY-MM-DD."));
        }

        if (date < Earliest || date > Latest)
        {
            throw new LocalizedJsonException(new LocalizedText(
                $"Datumet {text} ligger utanför {TrygghetLimits.DateSpan}.",
                $"The date {text} lies outside {TrygghetLimits.DateSpan}."));
        }

        return date;
    }

    public override void Write(Utf8JsonWriter writer, DateOnly value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
}
