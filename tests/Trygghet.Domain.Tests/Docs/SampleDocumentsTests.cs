using Trygghet.Domain.Samples;
using Trygghet.Domain.Serialization;

namespace Trygghet.Domain.Tests.Docs;

/// <summary>samples/documents/NAME.json are the seed documents as <see cref="TrygghetJson"/> writes them now.</summary>
public sealed class SampleDocumentsTests
{
    public const string Folder = "samples/documents";

    public static TheoryData<string> SeedNames => [.. SeedCatalogue.Documents.Select(d => d.Name)];

    public static string RelativePath(string name) => $"{Folder}/{name}.json";

    public static string ReadSample(string name) =>
        File.ReadAllText(Path.Combine(Snapshot.RepositoryRoot, RelativePath(name))).ReplaceLineEndings("\n");

    public static SeedDocument Seed(string name) => SeedCatalogue.Documents.Single(d => d.Name == name);

    [Theory]
    [MemberData(nameof(SeedNames))]
    public void SampleFile_IsUpToDate(string name) =>
        Snapshot.Verify(RelativePath(name), TrygghetJson.Serialize(Seed(name).Document).ReplaceLineEndings("\n") + "\n");

    [Fact]
    public void SampleFolder_HoldsNoOtherDocuments() =>
        Snapshot.VerifyNoOthers(Folder, SeedCatalogue.Documents.Select(d => d.Name + ".json"), "*.json");

    [Theory]
    [MemberData(nameof(SeedNames))]
    public void SampleFile_DeserializesToTheCatalogueDocument(string name)
    {
        var result = TrygghetJson.DeserializeFile(Path.Combine(Snapshot.RepositoryRoot, RelativePath(name)));

        Assert.True(result.IsSuccess, result.Error?.Render(null));
        Assert.Equal(Seed(name).Document, result.Value);
    }
}
