using Trygghet.Domain.Rules;

namespace Trygghet.Domain.Councils.Rules;

/// <summary>
/// Grunder för rådsreglerna (the bases of the council rules): the duties of the council's arbetsordning as the
/// validated report records them (from <see cref="SafetyCouncilReport.DutiesFrom"/>).
/// </summary>
internal static class CouncilBases
{
    /// <summary>Reports at halvårsbokslut and bokslut.</summary>
    public static LegalBasis Reporting { get; } = LegalBasis.Document(new LocalizedText(
        "rådets arbetsordning enligt redogörelsen: redogörelse till kommunstyrelsen vid halvårsbokslut och bokslut",
        "the council's rules of procedure as the report records them: a report to the executive board at the half-year and annual accounts"));

    /// <summary>One citizen dialogue a year.</summary>
    public static LegalBasis Dialogue { get; } = LegalBasis.Document(new LocalizedText(
        "rådets arbetsordning enligt redogörelsen: en medborgardialog varje år",
        "the council's rules of procedure as the report records them: a citizen dialogue every year"));
}
