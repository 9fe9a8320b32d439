namespace Trygghet.Domain.Procedure;

/// <summary>The descriptor of the kind <see cref="ProtocolExtract"/>.</summary>
internal static class ProtocolExtractDocument
{
    public static DocumentDescriptor Descriptor { get; } = DocumentDescriptor.Create<ProtocolExtract>(
        DocumentKind.ProtocolExtract,
        new("protokollsutdrag", "protocol extract"),
        "Protokollsutdrag (protocol extract): some paragraphs of a protocol with the certification that they agree with the original.",
        ProcedureFacts.From,
        Rules.ProcedureRules.Extract);
}
