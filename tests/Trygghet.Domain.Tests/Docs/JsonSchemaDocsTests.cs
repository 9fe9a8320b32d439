using Trygghet.Domain.Common;
using Trygghet.Domain.Serialization;

namespace Trygghet.Domain.Tests.Docs;

/// <summary>docs/schema/KIND.schema.json are what <see cref="TrygghetJsonSchema"/> produces now.</summary>
public sealed class JsonSchemaDocsTests
{
    public const string Folder = "docs/schema";

    public static TheoryData<DocumentKind> Kinds => [.. TrygghetJsonSchema.Kinds];

    public static string FileName(DocumentKind kind) => TrygghetJson.KindName(kind) + ".schema.json";

    [Theory]
    [MemberData(nameof(Kinds))]
    public void SchemaFile_IsUpToDate(DocumentKind kind) =>
        Snapshot.Verify($"{Folder}/{FileName(kind)}", TrygghetJsonSchema.For(kind));

    [Fact]
    public void SchemaFolder_HoldsNoOtherSchemas() =>
        Snapshot.VerifyNoOthers(Folder, TrygghetJsonSchema.Kinds.Select(FileName), "*.json");

    [Fact]
    public void SchemaFolder_HasOneSchemaPerDocumentKind() =>
        Assert.Equal(Enum.GetValues<DocumentKind>(), TrygghetJsonSchema.Kinds);
}
