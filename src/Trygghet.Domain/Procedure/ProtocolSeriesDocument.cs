namespace Trygghet.Domain.Procedure;

/// <summary>The descriptor of the kind <see cref="ProtocolSeries"/>.</summary>
internal static class ProtocolSeriesDocument
{
    public static DocumentDescriptor Descriptor { get; } = DocumentDescriptor.Create<ProtocolSeries>(
        DocumentKind.ProtocolSeries,
        new("protokollserie", "protocol series"),
        "Protokollserie (one body's protocols checked together, with its delegated decisions).",
        ProtocolSeriesFacts.From,
        Rules.ProcedureRules.Series);
}
