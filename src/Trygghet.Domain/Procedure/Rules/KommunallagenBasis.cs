using Trygghet.Domain.Rules;

namespace Trygghet.Domain.Procedure.Rules;

/// <summary>
/// Citations of Kommunallagen (2017:725), in force from 2018-01-01, for the procedure rules; and of the paragraphs of
/// Kommunallagen (1991:900) whose wording was verified in the Svensk författningssamling text of the amending act.
/// </summary>
internal static class KommunallagenBasis
{
    /// <summary>The day Kommunallagen (2017:725) entered into force.</summary>
    public static readonly DateOnly InForceFrom = new(2018, 1, 1);

    /// <summary>A citation of KL 2017:725 with the Swedish and English paragraph references.</summary>
    public static LegalBasis Cite(string swedishParagraphs, string englishParagraphs) =>
        new(new LocalizedText($"Kommunallagen (2017:725) {swedishParagraphs}", $"Local Government Act (2017:725) {englishParagraphs}"), InForceFrom);

    /// <summary>The last day of Kommunallagen (1991:900), repealed by Kommunallagen (2017:725) from 2018-01-01.</summary>
    public static readonly DateOnly Act1991InForceTo = new(2017, 12, 31);

    /// <summary>
    /// The day SFS 1995:84 gave KL (1991:900) 10 kap. 6 § the wording verified here: the appeal reaches the court within
    /// three weeks from the day the justering was announced on the notice board, and the notice must stay up the whole
    /// klagotid for the time to run out. Its earlier wording (1992-01-01 to 1995-03-31) is not verified.
    /// </summary>
    public static readonly DateOnly Appeal1991From = new(1995, 4, 1);

    /// <summary>A citation of KL (1991:900) in its verified wording from <paramref name="from"/> to 2017-12-31.</summary>
    public static LegalBasis Act1991(string swedishParagraphs, string englishParagraphs, DateOnly from) =>
        new(new LocalizedText($"Kommunallagen (1991:900) {swedishParagraphs}", $"Local Government Act (1991:900) {englishParagraphs}"), from, Act1991InForceTo);

    /// <summary>KL (1991:900) 10 kap. 6 § as worded by SFS 1995:84 (which part, in Swedish and English).</summary>
    public static LegalBasis Appeal1991(string swedishPart, string englishPart, string swedishMore = "", string englishMore = "") =>
        Act1991($"10 kap. 6 § {swedishPart}(lydelse enligt SFS 1995:84){swedishMore}", $"ch. 10 s. 6 {englishPart}(as worded by SFS 1995:84){englishMore}", Appeal1991From);
}
