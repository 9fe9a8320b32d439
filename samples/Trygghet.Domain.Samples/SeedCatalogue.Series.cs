using Trygghet.Domain.Common;
using Trygghet.Domain.Procedure;

namespace Trygghet.Domain.Samples;

/// <summary>Examples written for the library (not seeds): a body's series of protocols.</summary>
public static partial class SeedCatalogue
{
    /// <summary>
    /// Exempel (an example, not a seed): three meetings of the invented Socialnämnden i Exempelby in 2024 and the
    /// nämnd's record of delegationsbeslut, written after the way such protocols record them: decisions reported at
    /// the next meeting under their point of the delegationsordning, an urgent decision by the chair, and decisions
    /// the nämnd decided are not reported, recorded separately with their own notice; an uppdrag given in February and
    /// reported back under the same diarienummer in April. No name, number or date in it
    /// belongs to a real municipality.
    /// </summary>
    public static ProtocolSeries ExampleProtocolSeries { get; } = BuildExampleProtocolSeries();

    private static ProtocolSeries BuildExampleProtocolSeries()
    {
        var body = new Body("Socialnämnden i Exempelby", BodyKind.Committee, 9);
        Protocol Meeting(DateOnly date, DateOnly attested, DateOnly posted, DateOnly? removed, params Paragraph[] paragraphs) =>
            new Protocol(new Meeting(body, date), [.. paragraphs])
                .WithAttestation(new Attestation(attested))
                .WithNotice(new Notice(posted, removed) { ProtocolKeptAt = "Socialförvaltningen" });
        Paragraph Reported(int number) => new(number, "Anmälan av delegationsbeslut") { Decision = new(DecisionOutcome.Noted) };

        var february = Meeting(
            new DateOnly(2024, 2, 12),
            new DateOnly(2024, 2, 15),
            new DateOnly(2024, 2, 16),
            new DateOnly(2024, 3, 11),
            new Paragraph(5, "Handlingsplan mot våld i nära relation, uppföljning")
            {
                CaseNumber = CaseNumber.Parse("SN 2023/88"),
                Decision = new(DecisionOutcome.Decided)
                {
                    Points = ["Socialnämnden godkänner uppföljningen.", "Socialnämnden ger förvaltningen i uppdrag att redovisa en reviderad plan senast den 31 maj 2024."],
                    Assignments = [new Assignment("Socialförvaltningen", "Redovisa en reviderad handlingsplan mot våld i nära relation.") { Due = new DateOnly(2024, 5, 31) }],
                },
            },
            Reported(6));
        var march = Meeting(
            new DateOnly(2024, 3, 18),
            new DateOnly(2024, 3, 21),
            new DateOnly(2024, 3, 22),
            new DateOnly(2024, 4, 15),
            Reported(14));
        var april = Meeting(
            new DateOnly(2024, 4, 22),
            new DateOnly(2024, 4, 25),
            new DateOnly(2024, 4, 26),
            null,
            new Paragraph(20, "Reviderad handlingsplan mot våld i nära relation")
            {
                CaseNumber = CaseNumber.Parse("SN 2023/88"),
                Decision = new(DecisionOutcome.Decided) { Points = ["Socialnämnden antar den reviderade handlingsplanen."] },
            },
            Reported(21));

        return new ProtocolSeries(body)
        {
            Protocols = [february, march, april],
            DelegatedDecisions =
            [
                new DelegatedDecision("Enhetschef individ- och familjeomsorg", new DateOnly(2024, 1, 22), "Bistånd i form av kontaktfamilj")
                {
                    Basis = DelegationBasis.Employee,
                    DelegationPoint = "4.1.3",
                    ReportedAt = new DateOnly(2024, 2, 12),
                },
                new DelegatedDecision("Ordföranden", new DateOnly(2024, 2, 27), "Yttrande till förvaltningsrätten i mål om överklagat bistånd")
                {
                    CaseNumber = CaseNumber.Parse("SN 2024/17"),
                    Basis = DelegationBasis.Urgent,
                    DelegationPoint = "1.1",
                    ReportedAt = new DateOnly(2024, 4, 22),
                },
                new DelegatedDecision("Förvaltningschefen", new DateOnly(2024, 3, 4), "Riktlinjer för handläggning av ekonomiskt bistånd, revidering")
                {
                    Basis = DelegationBasis.Employee,
                    DelegationPoint = "2.4",
                    MatterKind = DelegatedMatterKind.GoalsOrDirection,
                    ReportedAt = new DateOnly(2024, 3, 18),
                },
                new DelegatedDecision("Socialsekreterare", new DateOnly(2024, 3, 26), "Avskrivning av ärende om bostadsanpassning")
                {
                    Basis = DelegationBasis.Employee,
                    DelegationPoint = "6.2",
                    NotReported = true,
                    Notice = new Notice(new DateOnly(2024, 3, 28), new DateOnly(2024, 4, 19)),
                },
                new DelegatedDecision("Socialsekreterare", new DateOnly(2024, 4, 3), "Avskrivning av ärende om färdtjänst")
                {
                    Basis = DelegationBasis.Employee,
                    DelegationPoint = "6.2",
                    NotReported = true,
                },
            ],
        };
    }
}
