using System.Globalization;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using Trygghet.Domain.Common;
using Trygghet.Domain.Samples;
using Trygghet.Domain.Serialization;

namespace Trygghet.Domain.Tests.Properties;

/// <summary>
/// Generated documents of every kind: a seed document's JSON with all its dates moved by one offset, some dates
/// moved further on their own, and some array items left out; read back through the JSON reader, so every case is a
/// document the library accepts (a variant the reader refuses falls back to the evenly moved one).
/// </summary>
internal static class DocumentVariants
{
    /// <summary>A variant: which seed, the common offset in days, a seed for the per-date moves and the items left out, and the as-of offset from the seed's date.</summary>
    public sealed record Variant(int Seed, int Offset, int Jitter, int Drop, int AsOfOffset)
    {
        public SeedDocument Source => SeedCatalogue.Documents[Seed];

        public DateOnly AsOf => Source.AsOf.AddDays(Offset + AsOfOffset);

        public IDocument Build()
        {
            var json = Seeds[Seed].Json;
            return Read(Rewrite(json, Offset, Jitter, Drop)) ?? Read(Rewrite(json, Offset, 0, 0)) ?? Source.Document;
        }

        public override string ToString() =>
            string.Create(CultureInfo.InvariantCulture, $"{Source.Name}: offset {Offset}, jitter {Jitter}, drop {Drop}, as of {AsOf:yyyy-MM-dd}");
    }

    private static readonly (string Name, string Json)[] Seeds =
        [.. SeedCatalogue.Documents.Select(d => (d.Name, TrygghetJson.Serialize(d.Document)))];

    private static readonly Gen<Variant> Variants =
        from seed in Gen.Choose(0, Seeds.Length - 1)
        from offset in Gen.Choose(-3_000, 3_000)
        from jitter in Gen.Frequency((1, Gen.Constant(0)), (3, Gen.Choose(1, int.MaxValue)))
        from drop in Gen.Frequency((1, Gen.Constant(0)), (2, Gen.Choose(1, int.MaxValue)))
        from asOf in Gen.Choose(-800, 3_000)
        select new Variant(seed, offset, jitter, drop, asOf);

    private static IEnumerable<Variant> Shrink(Variant v)
    {
        if (v.Drop != 0)
        {
            yield return v with { Drop = 0 };
        }

        if (v.Jitter != 0)
        {
            yield return v with { Jitter = 0 };
        }

        if (v.Offset != 0)
        {
            yield return v with { Offset = 0 };
        }

        if (v.AsOfOffset != 0)
        {
            yield return v with { AsOfOffset = v.AsOfOffset / 2 };
        }
    }

    public static Arbitrary<Variant> Arbitrary { get; } = Arb.From(Variants, Shrink);

    private static IDocument? Read(string json)
    {
        var result = TrygghetJson.Deserialize(json);
        return result.IsSuccess ? result.Value : null;
    }

    // Moves every yyyy-MM-dd string by `offset` days (and, with `jitter`, about a third of them by up to 60 more);
    // with `drop`, leaves out about one array item in six.
    private static string Rewrite(string json, int offset, int jitter, int drop)
    {
        var root = JsonNode.Parse(json)!;
        var moves = jitter == 0 ? null : new Random(jitter);
        var drops = drop == 0 ? null : new Random(drop);
        Walk(root);
        return root.ToJsonString();

        void Walk(JsonNode node)
        {
            switch (node)
            {
                case JsonObject obj:
                    foreach (var (name, child) in obj.ToArray())
                    {
                        if (child is JsonValue value && value.TryGetValue<string>(out var text)
                            && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                        {
                            var days = offset + (moves is not null && moves.Next(3) == 0 ? moves.Next(-60, 61) : 0);
                            obj[name] = date.AddDays(days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                        }
                        else if (child is not null)
                        {
                            Walk(child);
                        }
                    }

                    break;
                case JsonArray array:
                    for (var i = array.Count - 1; i >= 0; i--)
                    {
                        if (drops is not null && drops.Next(6) == 0)
                        {
                            array.RemoveAt(i);
                        }
                        else if (array[i] is { } item)
                        {
                            Walk(item);
                        }
                    }

                    break;
            }
        }
    }
}
