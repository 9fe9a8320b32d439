using System.Collections.Immutable;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain;

/// <summary>
/// What the library knows about one kind of top-level document: its kind and type, its name for people and
/// in schemas, how it yields facts and which rules check it. Each kind's folder declares one; the validator,
/// the fact builder, the JSON contract and the schemas loop over <see cref="DocumentKinds.All"/>.
/// </summary>
internal sealed class DocumentDescriptor
{
    private readonly Func<IDocument, IEnumerable<object>> facts;

    private DocumentDescriptor(
        DocumentKind kind,
        Type type,
        LocalizedText name,
        string schemaDescription,
        Func<IDocument, IEnumerable<object>> facts,
        ImmutableArray<Rule> rules)
    {
        Kind = kind;
        Type = type;
        Name = name;
        SchemaDescription = schemaDescription;
        this.facts = facts;
        Rules = rules;
    }

    public DocumentKind Kind { get; }

    public Type Type { get; }

    public LocalizedText Name { get; }

    public string SchemaDescription { get; }

    public ImmutableArray<Rule> Rules { get; }

    public IEnumerable<object> Facts(IDocument document) => facts(document);

    public static DocumentDescriptor Create<TDocument>(
        DocumentKind kind,
        LocalizedText name,
        string schemaDescription,
        Func<TDocument, IEnumerable<object>> facts,
        ImmutableArray<Rule> rules)
        where TDocument : IDocument =>
        new(kind, typeof(TDocument), name, schemaDescription, document => facts((TDocument)document), rules);
}
