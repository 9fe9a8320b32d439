using Trygghet.Domain.Common;
using Trygghet.Domain.Rules;

namespace Trygghet.Domain.Agreements.Rules;

/// <summary>The documentary and legal bases the agreement and promise rules cite.</summary>
internal static class AgreementBases
{
    /// <summary>Lag (2023:196) om kommuners ansvar för brottsförebyggande arbete, in force from 2023-07-01.</summary>
    public static readonly DateOnly CrimePreventionActInForce = new(2023, 7, 1);

    public static LegalBasis Validity { get; } = LegalBasis.Documentary(new(
        "Samverkansöverenskommelse 2020 (KS 19/0719) och 2022–2023 (KS 21/0531), avsnitt Giltighetstid: \"löper från ... till och med ...\"; Medborgarlöfte 2022–2024 (KS 22/0091)",
        "Cooperation agreements 2020 (KS 19/0719) and 2022–2023 (KS 21/0531), section Giltighetstid (validity, \"from ... to and including ...\"); citizen promise 2022–2024 (KS 22/0091)"));

    public static LegalBasis Parties { get; } = LegalBasis.Documentary(new(
        "Samverkansöverenskommelse 2020 (KS 19/0719) och 2022–2023 (KS 21/0531): parterna Upplands-Bro kommun och lokalpolisområde Järfälla/Upplands-Bro",
        "Cooperation agreements 2020 (KS 19/0719) and 2022–2023 (KS 21/0531): the parties, the municipality and the local police area"));

    public static LegalBasis Signatories { get; } = LegalBasis.Documentary(new(
        "Samverkansöverenskommelse 2020 (KS 19/0719) och 2022–2023 (KS 21/0531), underskrifter: lokalpolisområdeschef och kommundirektör",
        "Cooperation agreements 2020 (KS 19/0719) and 2022–2023 (KS 21/0531), signatures: the head of the local police area and the municipal director"));

    public static LegalBasis AreaCommitments { get; } = LegalBasis.Documentary(new(
        "Samverkansöverenskommelse 2020 (KS 19/0719), åtgärdsplanen: \"Åtaganden för respektive part\" under varje samverkansområde",
        "Cooperation agreement 2020 (KS 19/0719), action plan: \"Åtaganden för respektive part\" (commitments of each party) under every area"));

    public static LegalBasis MeasureNumbers { get; } = LegalBasis.Documentary(new(
        "Samverkansöverenskommelse 2022–2023 (KS 21/0531), åtgärdsplanen: insatserna numreras \"Insats A:N\" per samverkansområde",
        "Cooperation agreement 2022–2023 (KS 21/0531), action plan: measures are numbered \"Insats A:N\" per area"));

    public static LegalBasis HalfTime { get; } = LegalBasis.Documentary(new(
        "Samverkansöverenskommelse 2020 (KS 19/0719), Uppföljning av överenskommelsen: \"ska följas upp efter halva tiden\"",
        "Cooperation agreement 2020 (KS 19/0719), follow-up of the agreement: \"to be followed up at half-time\""));

    public static LegalBasis Quarterly { get; } = LegalBasis.Documentary(new(
        "Samverkansöverenskommelse 2020 (KS 19/0719) och 2022–2023 (KS 21/0531), Struktur för det brottsförebyggande arbetet: \"kvartalsvisa avstämningar\"",
        "Cooperation agreements 2020 (KS 19/0719) and 2022–2023 (KS 21/0531), structure of the work: \"quarterly check-ins\" between the coordinators"));

    public static LegalBasis Periodic { get; } = LegalBasis.Documentary(new(
        "Överenskommelsens egen uppföljningsstruktur (jfr samverkansöverenskommelse 2020, KS 19/0719, och halvårsuppföljningen 2022, KS 21/0531)",
        "The agreement's own follow-up structure (cf. cooperation agreement 2020, KS 19/0719, and the half-year follow-up 2022, KS 21/0531)"));

    public static LegalBasis Succession { get; } = LegalBasis.Documentary(new(
        "Samverkansöverenskommelse 2020 (2020-02-01–2020-12-31, KS 19/0719) följd av 2022–2023 (2022-01-01–2023-12-31, KS 21/0531)",
        "Cooperation agreement 2020 (2020-02-01 to 2020-12-31, KS 19/0719) followed by 2022–2023 (2022-01-01 to 2023-12-31, KS 21/0531)"));

    public static LegalBasis PurposeAndAreasPractice { get; } = new(
        new(
            "Samverkansöverenskommelse 2020 (KS 19/0719) och 2022–2023 (KS 21/0531): syfte och prioriterade samverkansområden anges",
            "Cooperation agreements 2020 (KS 19/0719) and 2022–2023 (KS 21/0531): purpose and prioritised areas are stated"),
        DateOnly.MinValue,
        CrimePreventionActInForce.AddDays(-1));

    public static LegalBasis PurposeAndAreasLaw { get; } = new(
        new(
            "Lag (2023:196) om kommuners ansvar för brottsförebyggande arbete 9 §",
            "Act on municipalities' responsibility for crime prevention (2023:196) s. 9"),
        CrimePreventionActInForce);

    public static LegalBasis PromiseDecision { get; } = LegalBasis.Documentary(new(
        "Medborgarlöfte 2022–2024 (KS 22/0091): \"giltigt från och med beslutsdatum i Kommunstyrelsen\"",
        "Citizen promise 2022–2024 (KS 22/0091): \"valid from the date of the executive board's decision\""));

    public static LegalBasis PromiseCommitments { get; } = LegalBasis.Documentary(new(
        "Medborgarlöfte 2022–2024 (KS 22/0091), Det här ska vi göra: \"minst två ... per termin\", \"minst en gång per läsår\", \"per år ... minst sex\", \"minst fyra\"",
        "Citizen promise 2022–2024 (KS 22/0091), commitments: \"at least two ... per term\", \"at least once per school year\", \"at least six per year\", \"at least four\""));

    public static LegalBasis PromiseAgreement { get; } = LegalBasis.Documentary(new(
        "Medborgarlöfte 2022–2024 (KS 22/0091): medborgarlöftet är \"samverkansöverenskommelsens publika och kommunikativa del\"",
        "Citizen promise 2022–2024 (KS 22/0091): the promise is \"the public and communicative part of the cooperation agreement\""));

    /// <summary>A follow-up kind named in both languages, for message placeholders.</summary>
    public static string FollowUpKindName(Trygghet.Domain.Agreements.FollowUpKind kind) => kind switch
    {
        Trygghet.Domain.Agreements.FollowUpKind.Tertial => "tertialvis (per tertial)",
        Trygghet.Domain.Agreements.FollowUpKind.SemiAnnual => "halvårsvis (half-yearly)",
        Trygghet.Domain.Agreements.FollowUpKind.Interim => "delårs (interim)",
        Trygghet.Domain.Agreements.FollowUpKind.Yearly => "årlig (yearly)",
        Trygghet.Domain.Agreements.FollowUpKind.Quarterly => "kvartalsvis (quarterly)",
        Trygghet.Domain.Agreements.FollowUpKind.HalfTime => "halvtid (half-time)",
        _ => "löpande (continuous)",
    };

    /// <summary>A party kind named in both languages, for message placeholders.</summary>
    public static string PartyKindName(Trygghet.Domain.Agreements.PartyKind kind) =>
        kind == Trygghet.Domain.Agreements.PartyKind.Municipality ? "kommun (municipality)" : "lokalpolisområde (local police area)";
}
