using Trygghet.Domain.Procedure.Rules;

namespace Trygghet.Domain.Procedure;

/// <summary>The kind <see cref="ProtocolExtract"/>: its descriptor with its rules.</summary>
internal static class ProtocolExtractDocument
{
    public static DocumentDescriptor Descriptor { get; } = DocumentDescriptor.Create<ProtocolExtract>(
        DocumentKind.ProtocolExtract,
        new("protokollsutdrag", "protocol extract"),
        "Protokollsutdrag (protocol extract): some paragraphs of a protocol with the certification that they agree with the original.",
        ProcedureFacts.From,
        // Regler för protokollsutdrag (the extract's own rules). The protocol's rules judge the extract's paragraphs
        // too, on the facts the extract records.
        [
            new ExtractCertificationNotRecordedRule(),
        ]);
}
