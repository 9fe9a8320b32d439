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

    private static readonly string[] GarbageDates =
        ["2021-02-30", "2021-13-01", "3000-01-01", "yesterday", "", "2021-1-1", "2021-02-28T00:00:00", "0000-00-00"];

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

    [DomainProperty]
    public Property Deserialize_MutatedDocument_NeverThrows_ReadsOrNamesAnExistingPlace() =>
        Prop.ForAll(Arbitrary, m =>
        {
            var original = Samples[m.Seed].Json;
            var mutated = Apply(original, m);
            JsonReadResult<Trygghet.Domain.Common.IDocument> result;
            try
            {
                result = TrygghetJson.Deserialize(mutated);
            }
            catch (Exception e)
            {
                throw new InvalidOperationException($"{m} threw {e.GetType().Name}: {e.Message}\n{Excerpt(mutated)}", e);
            }

            if (result.IsSuccess)
            {
                // Whatever is accepted is valid against its schema, and is written back and read again as the
                // same document.
                var schemaErrors = Serialization.SchemaValidation.Validate(result.Value.Kind, mutated).GetAwaiter().GetResult();
                if (schemaErrors.Count > 0)
                {
                    throw new InvalidOperationException($"{m}: read, but the schema refuses it:\n{Serialization.SchemaValidation.Describe(schemaErrors)}");
                }

                var again = TrygghetJson.Deserialize(TrygghetJson.Serialize(result.Value));
                return again.IsSuccess && again.Value.Equals(result.Value);
            }

            var error = result.Error;
            if (string.IsNullOrWhiteSpace(error.Message.Swedish) || string.IsNullOrWhiteSpace(error.Message.English))
            {
                return false;
            }

            if (error.Path is null)
            {
                // Only input refused as a whole (here: truncated to nothing) has no path.
                return string.IsNullOrWhiteSpace(mutated.Replace("\uFEFF", string.Empty, StringComparison.Ordinal));
            }

            // A syntax error can only be placed in the text as far as it goes: resolve it in the original then.
            var resolved = Resolves(mutated, error.Path) ?? Resolves(original, error.Path);
            return resolved is true
                ? true
                : throw new InvalidOperationException($"{m}: path {error.Path} does not exist ({error.Message.English})");
        });

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

            Assert.NotEqual(Samples[^1].Json, Apply(Samples[^1].Json, mutation));
        }
    }

    private static string Excerpt(string text) => text.Length <= 400 ? text : text[..400] + "...";

    private static int SiteCount(string json, MutationKind kind)
    {
        if (kind == MutationKind.Truncate)
        {
            return Encoding.UTF8.GetByteCount(json);
        }

        using var document = JsonDocument.Parse(json);
        var sites = new List<int>();
        CountInner(document.RootElement, kind, sites, [0]);
        return sites.Count;
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
    private static bool? Resolves(string json, string path)
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
