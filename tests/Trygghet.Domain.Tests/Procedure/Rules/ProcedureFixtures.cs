using Trygghet.Domain.Procedure;

namespace Trygghet.Domain.Tests.Procedure.Rules;

/// <summary>Protocols the procedure tests share.</summary>
internal static class ProcedureFixtures
{
    /// <summary>
    /// The seed extract's meeting and § 50 as if they were a whole protocol that records no justering: a protocol
    /// unattested after its deadline (the extract itself is another kind, <see cref="ProtocolExtract"/>).
    /// </summary>
    public static Protocol UnattestedProtocol { get; } =
        new(Trygghet.Domain.Samples.SeedCatalogue.ExecutiveBoardMeeting20190410, [Trygghet.Domain.Samples.SeedCatalogue.ExecutiveBoardParagraph50Of2019]);
}
