using Trygghet.Domain.Procedure.Rules;

namespace Trygghet.Domain.Procedure;

/// <summary>The kind <see cref="ProtocolSeries"/>: its descriptor with its rules.</summary>
internal static class ProtocolSeriesDocument
{
    public static DocumentDescriptor Descriptor { get; } = DocumentDescriptor.Create<ProtocolSeries>(
        DocumentKind.ProtocolSeries,
        new("protokollserie", "protocol series"),
        "Protokollserie (one body's protocols checked together, with its delegated decisions).",
        ProtocolSeriesFacts.From,
        // Regler för protokollserier (the rules on a body's series of protocols and its delegated decisions).
        [
            new NonDelegableMatterRule(),
            new UrgentDecisionNotReportedRule(),
            new UnreportedDecisionNotAnnouncedRule(),
        ]);
}
