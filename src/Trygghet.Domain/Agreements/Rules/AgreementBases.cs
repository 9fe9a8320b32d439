using Trygghet.Domain.Rules;

namespace Trygghet.Domain.Agreements.Rules;

/// <summary>
/// The bases the agreement, promise and portfolio rules cite: the validated document's own commitments, Brå's
/// handbook, and Lag (2023:196) 9 §. No seed document is cited: a document basis names the validated document.
/// </summary>
internal static class AgreementBases
{
    /// <summary>Lag (2023:196) om kommuners ansvar för brottsförebyggande arbete, in force from 2023-07-01.</summary>
    public static readonly DateOnly CrimePreventionActInForce = new(2023, 7, 1);

    public static LegalBasis Validity { get; } = LegalBasis.Document(new("giltighetstid", "validity"));

    public static LegalBasis AreaCommitments { get; } = LegalBasis.Document(new(
        "åtaganden per part i samverkansområdena", "commitments per party in the cooperation areas"));

    public static LegalBasis MeasureNumbers { get; } = LegalBasis.Document(new(
        "åtgärdsplanens numrering av insatserna (\"Insats A:N\")", "the action plan's numbering of its measures (\"Insats A:N\")"));

    public static LegalBasis HalfTime { get; } = LegalBasis.Document(new(
        "uppföljningskrav: uppföljning efter halva tiden", "follow-up requirement: a follow-up at half-time"));

    public static LegalBasis Quarterly { get; } = LegalBasis.Document(new(
        "uppföljningskrav: kvartalsvisa avstämningar", "follow-up requirement: quarterly check-ins"));

    public static LegalBasis Periodic { get; } = LegalBasis.Document(new("uppföljningskrav", "follow-up requirements"));

    public static LegalBasis Succession { get; } = LegalBasis.Document(new(
        "överenskommelsernas giltighetstider", "the agreements' validities"));

    public static LegalBasis Parties { get; } = Bra(
        "överenskommelsen gäller samverkan mellan polis och kommun",
        "the agreement is on cooperation between the police and the municipality");

    public static LegalBasis Signatories { get; } = Bra(
        "chefen för lokalpolisområdet och kommunstyrelsens ordförande skriver på överenskommelsen",
        "the head of the local police area and the chair of the executive board sign the agreement");

    public static LegalBasis PurposeAndAreasGuidance { get; } = LegalBasis.Guidance(
        BraCitation(
            "överenskommelsen beskriver problemen i fokus, deras troliga orsaker, avgränsade och mätbara mål, dokumentation, uppföljning och period",
            "the agreement describes the problems in focus, their likely causes, delimited and measurable goals, documentation, follow-up and period"),
        null,
        CrimePreventionActInForce.AddDays(-1));

    public static LegalBasis PurposeAndAreasLaw { get; } = LegalBasis.Law(
        new(
            "Lag (2023:196) om kommuners ansvar för brottsförebyggande arbete 9 §",
            "Act on municipalities' responsibility for crime prevention (2023:196) s. 9"),
        CrimePreventionActInForce);

    public static LegalBasis PromiseDecision { get; } = LegalBasis.Document(new(
        "giltighetstid från beslutsdatum", "validity from the decision date"));

    public static LegalBasis PromiseCommitments { get; } = LegalBasis.Document(new("åtaganden", "commitments"));

    public static LegalBasis PromiseAgreement { get; } = LegalBasis.Guidance(new(
        "Brå, Samverkan i lokalt brottsförebyggande arbete, sidan Formulera medborgarlöften: medborgarlöftet är samverkansöverenskommelsens publika och kommunikativa del",
        "Brå, Samverkan i lokalt brottsförebyggande arbete (handbook), page Formulera medborgarlöften: the citizen promise is the public, communicative part of the cooperation agreement"));

    private static LegalBasis Bra(string swedish, string english) => LegalBasis.Guidance(BraCitation(swedish, english));

    private static LocalizedText BraCitation(string swedish, string english) => new(
        $"Brå, Samverkan i lokalt brottsförebyggande arbete, sidan Teckna samverkansöverenskommelse: {swedish}",
        $"Brå, Samverkan i lokalt brottsförebyggande arbete (handbook), page Teckna samverkansöverenskommelse: {english}");
}
