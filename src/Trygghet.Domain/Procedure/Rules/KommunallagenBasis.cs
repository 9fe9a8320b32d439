using Trygghet.Domain.Common;
using Trygghet.Domain.Rules;

namespace Trygghet.Domain.Procedure.Rules;

/// <summary>Citations of Kommunallagen (2017:725), in force from 2018-01-01, for the procedure rules.</summary>
internal static class KommunallagenBasis
{
    /// <summary>The day Kommunallagen (2017:725) entered into force.</summary>
    public static readonly DateOnly InForceFrom = new(2018, 1, 1);

    /// <summary>A citation of KL 2017:725 with the Swedish and English paragraph references.</summary>
    public static LegalBasis Cite(string swedishParagraphs, string englishParagraphs) =>
        new(new LocalizedText($"Kommunallagen (2017:725) {swedishParagraphs}", $"Local Government Act (2017:725) {englishParagraphs}"), InForceFrom);
}
