using Trygghet.Domain.Common;
using Trygghet.Domain.Rules;

namespace Trygghet.Domain.Finance.Rules;

/// <summary>Grunder för anslagsreglerna (the documentary bases the finance rules cite: Kommunstyrelsen § 22, KS 2020/66).</summary>
internal static class FinanceBases
{
    /// <summary>The four areas with estimated cost ranges.</summary>
    public static LegalBasis SafetyCommissionAreas { get; } = LegalBasis.Documentary(new LocalizedText(
        "Kommunstyrelsen § 22 (KS 2020/66): de 15 åtgärderna grupperade inom fyra områden med uppskattad kostnadsfördelning per område",
        "Executive Board s. 22 (KS 2020/66): the 15 measures grouped into four areas, each with an estimated cost range"));

    /// <summary>The 17 mnkr set aside by two decisions.</summary>
    public static LegalBasis SetAsideTotal { get; } = LegalBasis.Documentary(new LocalizedText(
        "Kommunstyrelsen § 22 (KS 2020/66): \"genom två beslut i kommunfullmäktige sammanlagt 17 mnkr avsatts för trygghetsåtgärder\"; insatserna följs inom ramen för avsatta 17 mnkr",
        "Executive Board s. 22 (KS 2020/66): 17 mnkr set aside by two council decisions; the measures are followed within those 17 mnkr"));

    /// <summary>The investment budget raised from the investment reserve.</summary>
    public static LegalBasis InvestmentReserve { get; } = LegalBasis.Documentary(new LocalizedText(
        "Kommunstyrelsen § 22 (KS 2020/66), beslutspunkt 3-4: investeringsbudgeten utökas med 2,5 mnkr som finansieras ur investeringsreserven",
        "Executive Board s. 22 (KS 2020/66), points 3-4: the investment budget is raised by 2.5 mnkr funded from the investment reserve"));

    /// <summary>Follow-up per tertial.</summary>
    public static LegalBasis TertialFollowUp { get; } = LegalBasis.Documentary(new LocalizedText(
        "Kommunstyrelsen § 22 (KS 2020/66): uppföljning per april, delårsbokslut per augusti och i årsbokslut, tertialsvis",
        "Executive Board s. 22 (KS 2020/66): follow-up per April, interim accounts per August and in the annual accounts, per tertial"));
}
