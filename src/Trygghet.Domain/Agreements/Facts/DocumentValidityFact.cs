using Trygghet.Domain.Rules;

namespace Trygghet.Domain.Agreements.Facts;

/// <summary>Giltighetstid (a document's validity) as a fact; produced for agreements and for promises whose start is known.</summary>
/// <param name="Path">Path of the validity, e.g. <c>$.validity</c> or <c>$.agreements[0].validity</c>.</param>
/// <param name="DocumentKey">Identifies the document within a session.</param>
/// <param name="Kind">Which kind of document.</param>
/// <param name="CaseNumber">The document's case number as written.</param>
/// <param name="Validity">The validity in force.</param>
public sealed record DocumentValidityFact(string Path, string DocumentKey, DocumentKind Kind, string CaseNumber, DateRange Validity) : IFact;
