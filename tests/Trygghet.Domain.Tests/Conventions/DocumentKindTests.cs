using System.Reflection;
using Trygghet.Domain.Common;
using Trygghet.Domain.Serialization;
using Trygghet.Domain.Validation;

namespace Trygghet.Domain.Tests.Conventions;

/// <summary>A document kind is declared once, by its descriptor; everything else follows from the list of kinds.</summary>
public sealed class DocumentKindTests
{
    private static readonly Assembly Library = typeof(IDocument).Assembly;

    [Fact]
    public void EveryDocumentKind_HasExactlyOneDescriptor()
    {
        var declared = DocumentKinds.All.Select(d => d.Kind).ToList();
        Assert.Equal(declared.Count, declared.Distinct().Count());
        Assert.Equal(Enum.GetValues<DocumentKind>().Order(), declared.Order());
    }

    [Fact]
    public void EveryDocumentType_HasADescriptor_InItsOwnFolder()
    {
        var documentTypes = Library.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IDocument).IsAssignableFrom(t));
        foreach (var type in documentTypes)
        {
            var descriptor = DocumentKinds.Of(type);
            Assert.True(descriptor is not null, $"{type.Name} has no descriptor in DocumentKinds.All");
            Assert.All(descriptor!.Rules, rule => Assert.StartsWith(type.Namespace!, rule.GetType().Namespace!, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void DefaultRules_AreTheRulesOfTheKinds_InTheOrderOfTheKinds()
    {
        Assert.Equal(DocumentKinds.All.SelectMany(d => d.Rules), DefaultRules.All);
    }

    [Fact]
    public void JsonAndSchemas_KnowEveryKind_FromTheDescriptors()
    {
        foreach (var descriptor in DocumentKinds.All)
        {
            Assert.Equal(descriptor.Name, SeverityText.Of(descriptor.Kind));
            Assert.Contains(descriptor.SchemaDescription, TrygghetJsonSchema.For(descriptor.Kind), StringComparison.Ordinal);
            Assert.Contains(descriptor.Kind, TrygghetJsonSchema.Kinds);
        }
    }

    [Fact]
    public void DocumentFacts_StartWithTheDocument_AndUseTheKindsOwnFacts()
    {
        foreach (var document in Domain.Samples.SeedCatalogue.Documents.Select(d => d.Document))
        {
            var facts = DocumentFacts.From(document).ToList();
            Assert.Same(document, facts[0]);
            Assert.Equal(DocumentKinds.Of(document.Kind).Facts(document).Where(f => !ReferenceEquals(f, document)).Count(), facts.Count - 1);
        }
    }
}

/// <summary>The public surface: what integrators use, not the library's own rule content.</summary>
public sealed class PublicSurfaceTests
{
    [Fact]
    public void TheLibrarysOwnRules_FactBuilders_AndBases_AreInternal()
    {
        var content = typeof(IDocument).Assembly.GetTypes().Where(t =>
            t.Namespace is { } ns && ns.EndsWith(".Rules", StringComparison.Ordinal) && ns != "Trygghet.Domain.Rules"
            && (typeof(Trygghet.Domain.Rules.Authoring.Rule).IsAssignableFrom(t) || t.Name.EndsWith("Rules", StringComparison.Ordinal)
                || t.Name.EndsWith("Bases", StringComparison.Ordinal)));
        Assert.All(content, t => Assert.False(t.IsPublic, $"{t.FullName} should be internal: integrators select rules by id"));
        Assert.All(
            typeof(IDocument).Assembly.GetExportedTypes().Where(t => t.Name.EndsWith("Facts", StringComparison.Ordinal) && t.IsAbstract && t.IsSealed),
            t => Assert.Equal(typeof(DocumentFacts), t));
    }
}
