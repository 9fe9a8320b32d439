using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using Trygghet.Domain.Samples;
using Trygghet.Domain.Serialization;
using static Trygghet.Domain.Tests.Properties.DomainGenerators;

namespace Trygghet.Domain.Tests.Properties;

/// <summary>
/// Reading damaged documents: whatever is done to a real document's JSON, the reader never throws; it either
/// reads a document (valid against its schema, and surviving a round trip) or names a place that exists in the input.
/// </summary>
public sealed partial class JsonReadingProperties
{
    public enum MutationKind
    {
        Truncate,
        DeleteProperty,
        ReplaceWithOtherType,
        DuplicateProperty,
        DeepNesting,
        GarbageDate,
        AbsurdNumber,
        HugeArray,
        InvalidUtf8,
    }

    /// <summary>A mutation: which seed, what is done, at which site (counted in document order), and how.</summary>
    public sealed record Mutation(int Seed, MutationKind Kind, int Site, int Variant)
    {
        public override string ToString() => $"{Samples[Seed].Name}: {Kind} at site {Site}, variant {Variant}";
    }

    // Smallest documents first, so counterexamples shrink towards small inputs.
    private static readonly (string Name, string Json)[] Samples =
    [
        .. SeedCatalogue.Documents
            .Select(d => (d.Name, Json: TrygghetJson.Serialize(d.Document)))
            .OrderBy(s => s.Json.Length),
    ];

    private static readonly string[] OtherValues =
        ["null", "true", "0", "-1.5", "1e400", "\"x\"", "\"\"", "[]", "{}", "[null]", "{\"kind\":\"protocol\"}", "12345678901234567890"];

    // Impossible dates, and the edges of the supported dates on both sides.
    private static readonly string[] GarbageDates =
        ["2021-02-30", "2021-13-01", "3000-01-01", "yesterday", "", "2021-1-1", "2021-02-28T00:00:00", "0000-00-00",
         "1899-12-31", "1900-01-01", "2199-12-31", "2200-01-01", "9999-12-31", "0001-01-01"];

    private static readonly string[] AbsurdNumbers =
        ["1e400", "-1", "7.9228162514264337593543E28", "1000000000000000", "1000000000000001", "2147483648", "-2147483649", "0.5", "-0", "0", "32767"];

    private static readonly byte[][] InvalidBytes = [[0x80], [0xC3], [0xFF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0x92]];

    private static readonly Gen<Mutation> Mutations =
        from seed in Gen.Choose(0, Samples.Length - 1)
        from kind in Gen.Elements(Enum.GetValues<MutationKind>())
        from site in Gen.Choose(0, 100_000)
        from variant in Gen.Choose(0, 1_000)
        select new Mutation(seed, kind, site, variant);

    private static IEnumerable<Mutation> Shrink(Mutation m)
    {
        // The site is taken modulo the number of sites: first shrink it to the site it stands for.
        var sites = SiteCount(Samples[m.Seed].Json, m.Kind);
        if (sites > 0 && m.Site >= sites)
        {
            yield return m with { Site = m.Site % sites };
            yield break;
        }

        if (m.Seed > 0)
        {
            yield return m with { Seed = 0 };
            yield return m with { Seed = m.Seed - 1 };
        }

        for (var site = m.Site / 2; site != m.Site && m.Site > 0; site = (site + m.Site) / 2)
        {
            yield return m with { Site = site };
            if (site + 1 >= m.Site)
            {
                break;
            }
        }

        if (m.Variant > 0)
        {
            yield return m with { Variant = m.Variant / 2 };
        }
    }

    public static Arbitrary<Mutation> Arbitrary { get; } = Arb.From(Mutations, Shrink);

    /// <summary>
    /// The law of hostile input: whatever is done to a real document, reading never throws; a document read is
    /// valid against its schema, validates at any supported as-of date without throwing and is written back byte
    /// for byte the same after one more read; a refusal names a place in the input, in both languages, without a
    /// .NET type name and without English in the Swedish message. 10,000 cases.
    /// </summary>
    [Fact]
    public void Deserialize_MutatedDocument_NeverThrows_ReadsOrNamesAnExistingPlace() =>
        Prop.ForAll(Arbitrary, m =>
        {
            var original = Samples[m.Seed].Json;
            var mutated = ApplyBytes(original, m);
            JsonReadResult<Trygghet.Domain.Common.IDocument> result;
            try
            {
                result = TrygghetJson.Deserialize(mutated.AsSpan());
            }
            catch (Exception e)
            {
                throw new InvalidOperationException($"{m} threw {e.GetType().Name}: {e.Message}\n{Excerpt(Encoding.UTF8.GetString(mutated))}", e);
            }

            if (result.IsSuccess)
            {
                // Whatever is accepted is valid against its schema, and is written back and read again as the
                // same document.
                var text = Encoding.UTF8.GetString(mutated);
                // The schema check is the slowest step: one accepted document in ten is checked against its schema.
                if (m.Kind != MutationKind.HugeArray && m.Variant % 10 == 0)
                {
                    var schemaErrors = Serialization.SchemaValidation.Validate(result.Value.Kind, text).GetAwaiter().GetResult();
                    if (schemaErrors.Count > 0)
                    {
                        throw new InvalidOperationException($"{m}: read, but the schema refuses it:\n{Serialization.SchemaValidation.Describe(schemaErrors)}");
                    }
                }

                // Any supported as-of date, the edges among them.
                var span = Trygghet.Domain.Common.TrygghetLimits.LatestDate.DayNumber - Trygghet.Domain.Common.TrygghetLimits.EarliestDate.DayNumber;
                var asOf = (m.Variant % 5) switch
                {
                    0 => Trygghet.Domain.Common.TrygghetLimits.EarliestDate,
                    1 => Trygghet.Domain.Common.TrygghetLimits.LatestDate,
                    _ => Trygghet.Domain.Common.TrygghetLimits.EarliestDate.AddDays((int)((long)m.Site * 7919 % span)),
                };
                try
                {
                    _ = Trygghet.Domain.Validation.TrygghetValidator.Default.Validate(result.Value, asOf).Render(null);
                }
                catch (Exception e)
                {
                    throw new InvalidOperationException($"{m}: read, but validating as of {asOf:yyyy-MM-dd} threw {e.GetType().Name}: {e.Message}", e);
                }

                var written = TrygghetJson.Serialize(result.Value);
                var again = TrygghetJson.Deserialize(written);
                return again.IsSuccess && again.Value.Equals(result.Value) && TrygghetJson.Serialize(again.Value) == written;
            }

            var error = result.Error;
            if (string.IsNullOrWhiteSpace(error.Message.Swedish) || string.IsNullOrWhiteSpace(error.Message.English))
            {
                return false;
            }

            if (SpeaksDotNet(error.Message.Swedish) || SpeaksDotNet(error.Message.English) || SpeaksEnglish(error.Message.Swedish))
            {
                throw new InvalidOperationException($"{m}: the message is not ours: {error.Message.Swedish} / {error.Message.English}");
            }

            if (error.Path is null)
            {
                // Only input refused as a whole (truncated to nothing, or too large) has no path.
                return string.IsNullOrWhiteSpace(Encoding.UTF8.GetString(mutated).Replace("\uFEFF", string.Empty, StringComparison.Ordinal))
                    || m.Kind == MutationKind.HugeArray;
            }

            // A syntax error can only be placed in the text as far as it goes: resolve it in the original then.
            var resolved = Resolves(mutated, error.Path) ?? Resolves(Encoding.UTF8.GetBytes(original), error.Path);
            return resolved is true
                ? true
                : throw new InvalidOperationException($"{m}: path {error.Path} does not exist ({error.Message.English})");
        })
        .Check(Config.QuickThrowOnFailure.WithMaxTest(10_000));

    // A .NET type name or namespace: never in a message.
    private static bool SpeaksDotNet(string message) =>
        message.Contains("Trygghet.Domain", StringComparison.Ordinal) || message.Contains("System.", StringComparison.Ordinal)
        || message.Contains("`1", StringComparison.Ordinal) || message.Contains("EquatableArray", StringComparison.Ordinal);

    // English framework phrases: never in the Swedish message.
    private static bool SpeaksEnglish(string swedish) =>
        new[] { " the ", "The ", " is ", " could not", " must ", "Parameter", " value", "invalid", "Expected" }
            .Any(w => swedish.Contains(w, StringComparison.Ordinal));

    [Fact]
    public void Serialize_OfDeserialize_ReproducesEverySampleFileExactly()
    {
        foreach (var (name, _) in Samples)
        {
            var file = Docs.SampleDocumentsTests.ReadSample(name);
            var read = TrygghetJson.Deserialize(file);

            Assert.True(read.IsSuccess, $"{name}: {read.Error?.Render(null)}");
            Assert.Equal(file, TrygghetJson.Serialize(read.Value).ReplaceLineEndings("\n") + "\n");
        }
    }

    [Fact]
    public void Apply_EveryMutationKind_ChangesTheDocument()
    {
        foreach (var kind in Enum.GetValues<MutationKind>())
        {
            var mutation = new Mutation(Samples.Length - 1, kind, 7, 3);

            Assert.NotEqual(Encoding.UTF8.GetBytes(Samples[^1].Json), ApplyBytes(Samples[^1].Json, mutation));
        }
    }

    private static string Excerpt(string text) => text.Length <= 400 ? text : text[..400] + "...";

    private static int SiteCount(string json, MutationKind kind)
    {
        if (kind is MutationKind.Truncate or MutationKind.InvalidUtf8)
        {
            return Encoding.UTF8.GetByteCount(json);
        }

        using var document = JsonDocument.Parse(json);
        var sites = new List<int>();
        CountInner(document.RootElement, kind, sites, [0]);
        return sites.Count;
    }

    private static byte[] ApplyBytes(string json, Mutation m)
    {
        if (m.Kind != MutationKind.InvalidUtf8)
        {
            return Encoding.UTF8.GetBytes(Apply(json, m));
        }

        // Bytes that are no UTF-8, anywhere: inside a name, a string, between tokens.
        var bytes = Encoding.UTF8.GetBytes(json);
        var at = m.Site % bytes.Length;
        return [.. bytes[..at], .. InvalidBytes[m.Variant % InvalidBytes.Length], .. bytes[at..]];
    }

    private static string Apply(string json, Mutation m)
    {
        if (m.Kind == MutationKind.Truncate)
        {
            // Cut at a byte, possibly inside a multi-byte letter: the decoder's replacement is part of the test.
            var bytes = Encoding.UTF8.GetBytes(json);
            return Encoding.UTF8.GetString(bytes, 0, m.Site % bytes.Length);
        }

        using var document = JsonDocument.Parse(json);
        var sites = new List<int>();
        CountInner(document.RootElement, m.Kind, sites, [0]);
        if (sites.Count == 0)
        {
            return json;
        }

        var target = sites[m.Site % sites.Count];
        var output = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, SkipValidation = true }))
        {
            var counter = 0;
            Write(document.RootElement, writer, m, target, ref counter);
        }

        return Encoding.UTF8.GetString(output.WrittenSpan);
    }

    // Sites are numbered in the order Write visits values (every property value and array item, root excluded).
    private static void CountInner(JsonElement element, MutationKind kind, List<int> sites, int[] counter)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                var site = counter[0]++;
                if (IsSite(kind, property.Value, isProperty: true))
                {
                    sites.Add(site);
                }

                CountInner(property.Value, kind, sites, counter);
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                var site = counter[0]++;
                if (IsSite(kind, item, isProperty: false))
                {
                    sites.Add(site);
                }

                CountInner(item, kind, sites, counter);
            }
        }
    }

    private static bool IsSite(MutationKind kind, JsonElement value, bool isProperty) => kind switch
    {
        MutationKind.DeleteProperty or MutationKind.DuplicateProperty => isProperty,
        MutationKind.GarbageDate => value.ValueKind == JsonValueKind.String && DateText().IsMatch(value.GetString()!),
        MutationKind.AbsurdNumber => value.ValueKind == JsonValueKind.Number,
        MutationKind.HugeArray => value.ValueKind == JsonValueKind.Array && value.GetArrayLength() > 0,
        _ => true,
    };

    private static void Write(JsonElement element, Utf8JsonWriter writer, Mutation m, int target, ref int counter)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            writer.WriteStartObject();
            foreach (var property in element.EnumerateObject())
            {
                var site = counter++;
                if (site == target && m.Kind == MutationKind.DeleteProperty)
                {
                    Skip(property.Value, ref counter);
                    continue;
                }

                writer.WritePropertyName(property.Name);
                if (site == target && m.Kind == MutationKind.DuplicateProperty)
                {
                    property.Value.WriteTo(writer);
                    writer.WritePropertyName(property.Name);
                }

                WriteValue(property.Value, writer, m, target, site, ref counter);
            }

            writer.WriteEndObject();
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            writer.WriteStartArray();
            foreach (var item in element.EnumerateArray())
            {
                var site = counter++;
                WriteValue(item, writer, m, target, site, ref counter);
            }

            writer.WriteEndArray();
        }
        else
        {
            element.WriteTo(writer);
        }
    }

    private static void WriteValue(JsonElement value, Utf8JsonWriter writer, Mutation m, int target, int site, ref int counter)
    {
        if (site != target || m.Kind is MutationKind.DeleteProperty or MutationKind.DuplicateProperty)
        {
            Write(value, writer, m, target, ref counter);
            return;
        }

        Skip(value, ref counter);
        var replacement = m.Kind switch
        {
            MutationKind.ReplaceWithOtherType => OtherTypes(value.ValueKind, m.Variant),
            MutationKind.DeepNesting => Nest(10 + (m.Variant % 300), m.Variant % 2 == 0),
            MutationKind.GarbageDate => JsonSerializer.Serialize(GarbageDates[m.Variant % GarbageDates.Length]),
            MutationKind.AbsurdNumber => AbsurdNumbers[m.Variant % AbsurdNumbers.Length],
            MutationKind.HugeArray => "[" + string.Join(",", Enumerable.Repeat(value[0].GetRawText(), m.Variant % 4 == 0 && value[0].GetRawText().Length < 200 ? Trygghet.Domain.Common.TrygghetLimits.MaxArrayLength + 1 : 40)) + "]",
            _ => throw new InvalidOperationException(m.Kind.ToString()),
        };
        writer.WriteRawValue(replacement, skipInputValidation: true);
    }

    private static string OtherTypes(JsonValueKind kind, int variant)
    {
        var others = OtherValues.Where(v => Kind(v) != (kind == JsonValueKind.False ? JsonValueKind.True : kind)).ToList();
        return others[variant % others.Count];
    }

    private static JsonValueKind Kind(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.ValueKind switch
        {
            JsonValueKind.False => JsonValueKind.True,
            var k => k,
        };
    }

    private static string Nest(int depth, bool arrays) => arrays
        ? new string('[', depth) + new string(']', depth)
        : string.Concat(Enumerable.Repeat("{\"a\":", depth)) + "1" + new string('}', depth);

    private static void Skip(JsonElement element, ref int counter)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                counter++;
                Skip(property.Value, ref counter);
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                counter++;
                Skip(item, ref counter);
            }
        }
    }

    // True when the path names a value in the JSON; null when the JSON cannot be parsed.
    private static bool? Resolves(byte[] json, string path)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 2_000 });
        }
        catch (JsonException)
        {
            return null;
        }

        using (document)
        {
            var element = document.RootElement;
            foreach (Match step in PathStep().Matches(path[1..]))
            {
                if (step.Groups[1].Success)
                {
                    if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(step.Groups[1].Value, out element))
                    {
                        return false;
                    }
                }
                else
                {
                    var index = int.Parse(step.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture);
                    if (element.ValueKind != JsonValueKind.Array || index >= element.GetArrayLength())
                    {
                        return false;
                    }

                    element = element[index];
                }
            }

            return true;
        }
    }

    [GeneratedRegex(@"\.([^.\[]+)|\[(\d+)\]")]
    private static partial Regex PathStep();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$")]
    private static partial Regex DateText();
}
