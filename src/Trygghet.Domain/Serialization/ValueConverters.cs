using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Trygghet.Domain.Agreements;
using Trygghet.Domain.Finance;

namespace Trygghet.Domain.Serialization;

/// <summary>Reads a small JSON object of exactly two required properties, refusing others and duplicates.</summary>
internal static class PairReader
{
    public static (T1 First, T2 Second) Read<T1, T2>(
        ref Utf8JsonReader reader,
        string typeName,
        string firstName,
        string secondName,
        ReadValue<T1> readFirst,
        ReadValue<T2> readSecond)
        where T1 : struct
        where T2 : struct
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new LocalizedJsonException(new LocalizedText(
                $"{typeName} ska vara ett objekt {{\"{firstName}\", \"{secondName}\"}}.",
                $"A {typeName} must be an object {{\"{firstName}\", \"{secondName}\"}}."));
        }

        T1? first = null;
        T2? second = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString();
            reader.Read();
            if (name == firstName && first is null)
            {
                first = ReadAt(ref reader, readFirst, firstName);
            }
            else if (name == secondName && second is null)
            {
                second = ReadAt(ref reader, readSecond, secondName);
            }
            else
            {
                throw new LocalizedJsonException(
                    new LocalizedText(
                        $"{typeName} har en okänd eller upprepad egenskap \"{name}\".",
                        $"The {typeName} has an unknown or repeated property \"{name}\"."),
                    name ?? string.Empty);
            }
        }

        if (first is null || second is null)
        {
            var missing = first is null ? firstName : secondName;
            throw new LocalizedJsonException(new LocalizedText(
                $"{typeName} saknar \"{missing}\".",
                $"The {typeName} lacks \"{missing}\"."));
        }

        return (first.Value, second.Value);
    }

    public delegate T ReadValue<out T>(ref Utf8JsonReader reader);

    // A refused inner value is reported at its own path, e.g. "$.validity.start".
    private static T ReadAt<T>(ref Utf8JsonReader reader, ReadValue<T> read, string name)
    {
        try
        {
            return read(ref reader);
        }
        catch (LocalizedJsonException e) when (e.SubPath is null)
        {
            throw new LocalizedJsonException(e.Text, name);
        }
    }

    public static T Construct<T>(Func<T> create)
    {
        try
        {
            return create();
        }
        catch (ArgumentException e)
        {
            throw new LocalizedJsonException(JsonExplain.Refused(e, blank: false));
        }
    }
}

/// <summary>Reads and writes a <see cref="DateRange"/> as {"start": "yyyy-MM-dd", "end": "yyyy-MM-dd"}.</summary>
internal sealed class DateRangeJsonConverter : JsonConverter<DateRange>
{
    private static readonly DateOnlyJsonConverter Dates = new();

    public override DateRange Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var (start, end) = PairReader.Read(ref reader, "Datumintervall/date range", "start", "end", ReadDate, ReadDate);
        if (end < start)
        {
            throw new LocalizedJsonException(
                new LocalizedText(
                    string.Create(CultureInfo.InvariantCulture, $"Intervallet slutar ({end:yyyy-MM-dd}) före sin början ({start:yyyy-MM-dd})."),
                    string.Create(CultureInfo.InvariantCulture, $"The range ends ({end:yyyy-MM-dd}) before it starts ({start:yyyy-MM-dd}).")),
                "end");
        }

        return new DateRange(start, end);

        DateOnly ReadDate(ref Utf8JsonReader r) => Dates.Read(ref r, typeof(DateOnly), options);
    }

    public override void Write(Utf8JsonWriter writer, DateRange value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WritePropertyName("start");
        Dates.Write(writer, value.Start, options);
        writer.WritePropertyName("end");
        Dates.Write(writer, value.End, options);
        writer.WriteEndObject();
    }
}

/// <summary>Reads and writes a <see cref="MoneyRange"/> as {"min": kronor, "max": kronor}.</summary>
internal sealed class MoneyRangeJsonConverter : JsonConverter<MoneyRange>
{
    public override MoneyRange Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var (min, max) = PairReader.Read(ref reader, "Beloppsintervall/money range", "min", "max", ReadAmount, ReadAmount);
        return PairReader.Construct(() => new MoneyRange(min, max));

        static decimal ReadAmount(ref Utf8JsonReader r) => r.TokenType == JsonTokenType.Number && r.TryGetDecimal(out var d)
            ? d
            : throw new LocalizedJsonException(new LocalizedText("Ett belopp ska vara ett tal (kronor).", "An amount must be a number (kronor)."));
    }

    public override void Write(Utf8JsonWriter writer, MoneyRange value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteNumber("min", value.Min);
        writer.WriteNumber("max", value.Max);
        writer.WriteEndObject();
    }
}

/// <summary>Reads and writes a <see cref="MeasureNumber"/> as its text, e.g. "1:3".</summary>
internal sealed class MeasureNumberJsonConverter() : TextJsonConverter<MeasureNumber>(
    new LocalizedText("Ett insatsnummer ska vara en sträng, t.ex. \"1:3\".", "A measure number must be a string, e.g. \"1:3\"."),
    MeasureNumber.TryParse);

/// <summary>Reads and writes an <see cref="ImpreciseDate"/> as its text: "2017-09-21", "2017-05", "2017-autumn" or "2017".</summary>
internal sealed class ImpreciseDateJsonConverter() : TextJsonConverter<ImpreciseDate>(
    new LocalizedText(
        "Ett datum ska vara en sträng: ÅÅÅÅ-MM-DD, ÅÅÅÅ-MM, ÅÅÅÅ-årstid eller ÅÅÅÅ.",
        "A date must be a string: YYYY-MM-DD, YYYY-MM, YYYY-season or YYYY."),
    ImpreciseDate.TryParse);

/// <summary>Reads and writes an <see cref="ImprecisePeriod"/> as {"start", "end"}, each an imprecise date (so an exact range reads as before).</summary>
internal sealed class ImprecisePeriodJsonConverter : JsonConverter<ImprecisePeriod>
{
    private static readonly ImpreciseDateJsonConverter Dates = new();

    public override ImprecisePeriod Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        ImpreciseDate? start = null;
        ImpreciseDate? end = null;
        _ = PairReader.Read(ref reader, "Period/period", "start", "end", ReadStart, ReadEnd);
        if (end!.Latest < start!.Earliest)
        {
            throw new LocalizedJsonException(
                new LocalizedText($"Perioden slutar ({end}) före sin början ({start}).", $"The period ends ({end}) before it starts ({start})."),
                "end");
        }

        return new ImprecisePeriod(start, end);

        bool ReadStart(ref Utf8JsonReader r)
        {
            start = Dates.Read(ref r, typeof(ImpreciseDate), options);
            return true;
        }

        bool ReadEnd(ref Utf8JsonReader r)
        {
            end = Dates.Read(ref r, typeof(ImpreciseDate), options);
            return true;
        }
    }

    public override void Write(Utf8JsonWriter writer, ImprecisePeriod value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("start", value.Start.ToString());
        writer.WriteString("end", value.End.ToString());
        writer.WriteEndObject();
    }
}
