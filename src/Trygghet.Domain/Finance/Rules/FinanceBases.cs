using Trygghet.Domain.Rules;

namespace Trygghet.Domain.Finance.Rules;

/// <summary>Grunder för anslagsreglerna (the bases of the finance rules): the validated decision's own figures and plans.</summary>
internal static class FinanceBases
{
    /// <summary>The areas with estimated cost ranges.</summary>
    public static LegalBasis SafetyCommissionAreas { get; } = LegalBasis.Document(new LocalizedText(
        "åtgärdernas områden och uppskattade kostnadsintervall", "the measures' areas and estimated cost ranges"));

    /// <summary>The money set aside.</summary>
    public static LegalBasis SetAsideTotal { get; } = LegalBasis.Document(new LocalizedText("avsatta medel", "the money set aside"));

    /// <summary>Operating and investment money kept apart.</summary>
    public static LegalBasis InvestmentReserve { get; } = LegalBasis.Document(new LocalizedText(
        "anslagens slag (drift eller investering)", "the kinds of appropriation (operating or investment)"));

    /// <summary>The decision's follow-up plan.</summary>
    public static LegalBasis TertialFollowUp { get; } = LegalBasis.Document(new LocalizedText(
        "uppföljningsplan", "follow-up plan"));
}
