using Trygghet.Domain.Common;
using Trygghet.Domain.Samples;
using Trygghet.Domain.Serialization;

namespace Trygghet.Domain.Tests.Serialization;

public sealed class TrygghetJsonRoundTripTests
{
    public static TheoryData<string> SeedNames => [.. SeedCatalogue.Documents.Select(d => d.Name)];

    private static SeedDocument Seed(string name) => SeedCatalogue.Documents.Single(d => d.Name == name);

    [Theory]
    [MemberData(nameof(SeedNames))]
    public void Deserialize_SerializedSeed_EqualsTheOriginal(string name)
    {
        var document = Seed(name).Document;

        var json = TrygghetJson.Serialize(document);
        var back = TrygghetJson.Deserialize(json);

        Assert.True(back.IsSuccess, back.Error?.Render(null));
        Assert.Equal(document, back.Value);
        Assert.Equal(json, TrygghetJson.Serialize(back.Value));
    }

    [Theory]
    [MemberData(nameof(SeedNames))]
    public void Serialize_Seed_StartsWithItsKind(string name)
    {
        var document = Seed(name).Document;

        var json = TrygghetJson.Serialize(document);

        Assert.StartsWith($"{{\n  \"kind\": \"{TrygghetJson.KindName(document.Kind)}\"", json.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_KindLast_StillRead()
    {
        var document = SeedCatalogue.CooperationAgreement2022;
        var node = System.Text.Json.Nodes.JsonNode.Parse(TrygghetJson.Serialize(document))!.AsObject();
        node.Remove("kind");
        node.Add("kind", "cooperationAgreement");

        var back = TrygghetJson.Deserialize(node.ToJsonString());

        Assert.True(back.IsSuccess, back.Error?.Render(null));
        Assert.Equal(document, back.Value);
    }

    [Fact]
    public void KindNames_AreCamelCase()
    {
        Assert.Equal("cooperationAgreement", TrygghetJson.KindName(DocumentKind.CooperationAgreement));
        Assert.Equal("publicCivicPartnership", TrygghetJson.KindName(DocumentKind.PublicCivicPartnership));
        Assert.Equal("councilReport", TrygghetJson.KindName(DocumentKind.CouncilReport));
    }
}
