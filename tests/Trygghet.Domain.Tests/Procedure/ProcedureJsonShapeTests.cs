using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Trygghet.Domain.Common;
using Trygghet.Domain.Procedure;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Samples;
using Trygghet.Domain.Tests.Common;
using Trygghet.Domain.Tests.Rules;

namespace Trygghet.Domain.Tests.Procedure;

/// <summary>
/// The procedure types are JSON-friendly: public properties match constructor parameters, so a reflection round trip
/// reproduces an equal value (the library's own source-generated context lives in Serialization/).
/// </summary>
public sealed class ProcedureJsonShapeTests
{
    private sealed class EquatableArrayConverter<T> : JsonConverter<EquatableArray<T>>
    {
        public override EquatableArray<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            new(JsonSerializer.Deserialize<ImmutableArray<T>>(ref reader, options));

        public override void Write(Utf8JsonWriter writer, EquatableArray<T> value, JsonSerializerOptions options) =>
            JsonSerializer.Serialize(writer, value.Items, options);
    }

    private sealed class EquatableArrayConverterFactory : JsonConverterFactory
    {
        public override bool CanConvert(Type typeToConvert) => typeToConvert.IsGenericType && typeToConvert.GetGenericTypeDefinition() == typeof(EquatableArray<>);

        public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
            (JsonConverter)Activator.CreateInstance(typeof(EquatableArrayConverter<>).MakeGenericType(typeToConvert.GetGenericArguments()[0]))!;
    }

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new EquatableArrayConverterFactory(), new JsonStringEnumConverter() },
    };

    [Fact]
    public void SeedProtocol_RoundTripsThroughJson()
    {
        var seed = SeedCatalogue.SafetyCommitteeProtocol20201120;
        var json = JsonSerializer.Serialize(seed, Options);
        var back = JsonSerializer.Deserialize<Protocol>(json, Options);

        Assert.Equal(seed, back);
        Assert.Contains("\"paragraphs\":[{\"number\":33", json, StringComparison.Ordinal);
        Assert.Contains("\"notice\":{\"posted\":\"2020-11-25\",\"removed\":\"2020-12-16\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryFactPath_PointsIntoTheProtocolJson()
    {
        var seed = SeedCatalogue.SafetyCommitteeProtocol20201120;
        var rich = new Protocol(
            new Meeting(new Body("Nämnden", BodyKind.Committee, 9), new DateOnly(2024, 3, 4))
            {
                Members = [new(new Person("A")), new(new Person("B"))],
                ServingSubstitutes = [new(new Person("S"), new Person("X"))],
            },
            [
                new Paragraph(1, "Bygglov")
                {
                    Motions = [new(MotionKind.Referral, new Person("A"))],
                    Disqualifications = [new(new Person("B"))],
                    DecisionProcess = new() { Votations = [new Votation("Bifall?") { Ballots = [new(new Person("A"), VoteChoice.Yes)] }] },
                    Decision = new(DecisionOutcome.Decided) { NotTakingPart = [new Person("B")], Dissents = [new(new Person("A"))], Participants = [new Person("A")] },
                },
                new Paragraph(2, "Budget") { Decision = new(DecisionOutcome.Decided) },
            ])
            .WithAttestation(new Attestation(new DateOnly(2024, 3, 8)))
            .WithNotice(new Notice(new DateOnly(2024, 3, 8), new DateOnly(2024, 4, 2)))
            .WithImmediateAttestation(2, new Attestation(new DateOnly(2024, 3, 4)))
            .WithImmediateNotice(2, new Notice(new DateOnly(2024, 3, 5), new DateOnly(2024, 3, 27)))
            .WithAppeal(1, new Appeal(new DateOnly(2024, 3, 20)))
            .WithParagraphFinal(2, new DateOnly(2024, 3, 28));

        foreach (var protocol in new[] { seed, rich })
        {
            var root = JsonNode.Parse(JsonSerializer.Serialize(protocol, Options))!;
            var session = RuleHarness.Run(protocol, new DateOnly(2025, 1, 1));
            var paths = ProcedureFacts.From(protocol).Concat(session.DerivedFacts)
                .Select(f => ((IFact)f).Path)
                .Concat(session.Findings.Select(f => f.Path))
                .ToArray();
            Assert.True(paths.Length > 10);
            Assert.All(paths, path => Assert.True(JsonPathResolver.Exists(root, path), $"'{path}' does not resolve."));
        }
    }

    [Fact]
    public void ReferredMatter_RoundTripsThroughJson()
    {
        var matter = SeedCatalogue.ViolenceInCloseRelationshipsMatter;
        Assert.Equal(matter, JsonSerializer.Deserialize<Matter>(JsonSerializer.Serialize(matter, Options), Options));
    }
}
