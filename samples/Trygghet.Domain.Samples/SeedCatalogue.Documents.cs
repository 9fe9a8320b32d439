using System.Collections.Immutable;
using Trygghet.Domain.Common;

namespace Trygghet.Domain.Samples;

/// <summary>
/// Exempeldokument (a sample document): a real document from the seeds, or an example written for the library
/// (its title starts "Exempel:"), with a file-friendly name and the as-of date the samples validate it on.
/// </summary>
/// <remarks>Record equality.</remarks>
/// <param name="Name">A kebab-case name, e.g. "cooperation-agreement-2022" (samples/documents/NAME.json).</param>
/// <param name="Document">The document.</param>
/// <param name="AsOf">A date that shows the document's state, e.g. the meeting at which it was reported.</param>
public sealed record SeedDocument(string Name, IDocument Document, DateOnly AsOf);

/// <summary>Exempeldokumenten (the seed documents, every top-level one, and the written examples, in one list).</summary>
public static partial class SeedCatalogue
{
    /// <summary>Every top-level seed document with its name and demonstration date.</summary>
    public static ImmutableArray<SeedDocument> Documents => DocumentList.Value;

    // A holder class: initialised on first use, after every partial part's static properties.
    private static class DocumentList
    {
        internal static readonly ImmutableArray<SeedDocument> Value =
        [
            new("cooperation-agreement-2020", CooperationAgreement2020, new DateOnly(2020, 12, 31)),
            new("cooperation-agreement-2022", CooperationAgreement2022, new DateOnly(2022, 9, 9)),
            new("citizen-promise-2022", CitizenPromise2022, new DateOnly(2022, 9, 9)),
            new("portfolio-upplands-bro", UpplandsBroPortfolio, new DateOnly(2022, 9, 9)),
            new("protocol-safety-committee-2020-11-20", SafetyCommitteeProtocol20201120, new DateOnly(2020, 12, 31)),
            new("protocol-executive-board-2019-04-10", ExecutiveBoardExtract20190410, new DateOnly(2019, 12, 31)),
            new("action-programme-socially-sustainable-bro", SociallySustainableBroPlan, new DateOnly(2020, 11, 20)),
            new("action-programme-violence-in-close-relationships", ViolenceInCloseRelationshipsPlan, new DateOnly(2020, 11, 20)),
            new("partnership-kvinnojouren-anna", KvinnojourenAnnaPartnership, new DateOnly(2020, 11, 20)),
            new("appropriation-safety-commission-2020", SafetyCommissionAppropriations, new DateOnly(2020, 12, 31)),
            new("council-report-varmdo-2017", VarmdoSafetyCouncilReport, new DateOnly(2018, 1, 31)),
            new("example-crime-prevention-duty-exempelby", ExampleDutyFile, new DateOnly(2026, 9, 30)),
            new("example-protocol-series-exempelby", ExampleProtocolSeries, new DateOnly(2024, 6, 28)),
        ];
    }
}
