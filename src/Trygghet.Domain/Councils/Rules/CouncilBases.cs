using Trygghet.Domain.Common;
using Trygghet.Domain.Rules;

namespace Trygghet.Domain.Councils.Rules;

/// <summary>Grunder för rådsreglerna (the documentary bases: Värmdö, Återrapportering från Trygghetsrådet, 2017KS/0118).</summary>
internal static class CouncilBases
{
    /// <summary>Reports at halvårsbokslut and bokslut.</summary>
    public static LegalBasis Reporting { get; } = LegalBasis.Documentary(new LocalizedText(
        "Återrapportering från Trygghetsrådet, Värmdö (2017KS/0118): enligt arbetsordningen ska kommunstyrelsen \"i samband med halvårsbokslut och bokslut\" få en redogörelse",
        "Report from the Safety Council, Värmdö (2017KS/0118): under its rules of procedure the executive board gets a report at the half-year and annual accounts"));

    /// <summary>One citizen dialogue a year.</summary>
    public static LegalBasis Dialogue { get; } = LegalBasis.Documentary(new LocalizedText(
        "Återrapportering från Trygghetsrådet, Värmdö (2017KS/0118): \"Enligt arbetsordningen ska rådet varje år genomföra en medborgardialog\"",
        "Report from the Safety Council, Värmdö (2017KS/0118): under its rules of procedure the council holds a citizen dialogue every year"));
}
