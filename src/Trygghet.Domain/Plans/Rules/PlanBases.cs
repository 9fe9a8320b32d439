using Trygghet.Domain.Rules;

namespace Trygghet.Domain.Plans.Rules;

/// <summary>
/// Grunder för planreglerna (the bases of the plan rules): the validated plan's own structure (its sub-goals,
/// indicators, activities and follow-up methods), and Lag (2023:196) 6 § for a statutory plan.
/// </summary>
internal static class PlanBases
{
    /// <summary>The plan's sub-goals and their indicators.</summary>
    public static LegalBasis SubGoalsAndIndicators { get; } = LegalBasis.Document(new LocalizedText(
        "delmål och målindikatorer", "sub-goals and indicators"));

    /// <summary>The plan's activities and follow-up.</summary>
    public static LegalBasis TimeBoundAndFollowedUp { get; } = LegalBasis.Document(new LocalizedText(
        "insatser och uppföljning", "activities and follow-up"));

    /// <summary>The plan's activities.</summary>
    public static LegalBasis TimeAndResources { get; } = LegalBasis.Document(new LocalizedText("insatser", "activities"));

    /// <summary>Lag (2023:196) om kommuners ansvar för brottsförebyggande arbete 6 §, in force from 2023-07-01.</summary>
    public static LegalBasis CrimePreventionAct6 { get; } = LegalBasis.Law(
        new LocalizedText(
            "Lag (2023:196) om kommuners ansvar för brottsförebyggande arbete 6 §",
            "Act (2023:196) on municipalities' responsibility for crime prevention, s. 6"),
        new DateOnly(2023, 7, 1));
}
