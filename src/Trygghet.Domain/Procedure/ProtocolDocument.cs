namespace Trygghet.Domain.Procedure;

/// <summary>The descriptor of the kind <see cref="Protocol"/>.</summary>
internal static class ProtocolDocument
{
    public static DocumentDescriptor Descriptor { get; } = DocumentDescriptor.Create<Protocol>(
        DocumentKind.Protocol, new("protokoll", "protocol"), "Protokoll (protocol of a meeting).", ProcedureFacts.From, Rules.ProcedureRules.All);
}
