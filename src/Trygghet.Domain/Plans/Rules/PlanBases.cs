using Trygghet.Domain.Common;
using Trygghet.Domain.Rules;

namespace Trygghet.Domain.Plans.Rules;

/// <summary>Grunder för planreglerna (the documentary and legal bases the plan rules cite).</summary>
internal static class PlanBases
{
    /// <summary>Handlingsplan för ett socialt hållbart Bro 2020-2025, avsnitt 1.3: concrete plans with clear sub-goals and indicators.</summary>
    public static LegalBasis SubGoalsAndIndicators { get; } = LegalBasis.Documentary(new LocalizedText(
        "Handlingsplan för ett socialt hållbart Bro 2020-2025 (KS 20/0129), avsnitt 1.3: \"konkreta handlingsplaner med tydliga delmål och indikatorer\"",
        "Action programme for a socially sustainable Bro 2020-2025 (KS 20/0129), section 1.3: concrete plans with clear sub-goals and indicators"));

    /// <summary>Socialnämnden Upplands-Bro § 26 (SN 18/0162): activities time-bound and followed up regularly.</summary>
    public static LegalBasis TimeBoundAndFollowedUp { get; } = LegalBasis.Documentary(new LocalizedText(
        "Socialnämnden Upplands-Bro 2019-02-21 § 26 (SN 18/0162): \"Handlingsplanens aktiviteter ska vara tidsatta och följas upp regelbundet\"",
        "Social Services Committee of Upplands-Bro 2019-02-21 s. 26 (SN 18/0162): the plan's activities are to be time-bound and followed up regularly"));

    /// <summary>Kommunstyrelsen Upplands-Bro § 39 (KS 20/0129): activities given time and resources.</summary>
    public static LegalBasis TimeAndResources { get; } = LegalBasis.Documentary(new LocalizedText(
        "Kommunstyrelsen Upplands-Bro 2020-03-04 § 39 (KS 20/0129): målen kopplas till mätbara indikatorer \"så att handlingsplanens aktiviteter kan tids- och resurssättas\"",
        "Executive Board of Upplands-Bro 2020-03-04 s. 39 (KS 20/0129): goals tied to measurable indicators so that the plan's activities can be given time and resources"));

    /// <summary>Lag (2023:196) om kommuners ansvar för brottsförebyggande arbete 6 §, in force from 2023-07-01.</summary>
    public static LegalBasis CrimePreventionAct6 { get; } = new(
        new LocalizedText(
            "Lag (2023:196) om kommuners ansvar för brottsförebyggande arbete 6 §",
            "Act (2023:196) on municipalities' responsibility for crime prevention, s. 6"),
        new DateOnly(2023, 7, 1));
}
