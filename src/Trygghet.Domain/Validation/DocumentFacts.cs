namespace Trygghet.Domain.Validation;

/// <summary>
/// Fakta ur dokument (facts from a document): turns any top-level document into the facts the default rules
/// match, by delegating to its subject's facts. The document itself is always the first fact, so that a
/// caller's own rules can match the document type directly.
/// </summary>
public static class DocumentFacts
{
    /// <summary>The facts of a document: the document itself, then its subject's facts.</summary>
    /// <param name="document">The document.</param>
    /// <returns>The facts, each carrying a path into the document's JSON.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    public static IEnumerable<object> From(IDocument document)
    {
        Guard.Against.Null(document);
        return SubjectFacts(document).Where(fact => !ReferenceEquals(fact, document)).Prepend(document);
    }

    // A caller's own IDocument type has no descriptor and so no subject facts.
    private static IEnumerable<object> SubjectFacts(IDocument document) =>
        DocumentKinds.Of(document.GetType())?.Facts(document) ?? [];
}
