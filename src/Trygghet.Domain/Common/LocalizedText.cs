using System.Globalization;

namespace Trygghet.Domain.Common;

/// <summary>
/// Tvåspråkig text (bilingual text): a Swedish text with its English counterpart.
/// Swedish is the default language; English is chosen for cultures whose language is English.
/// </summary>
/// <remarks>Equality is ordinal on both texts.</remarks>
public sealed record LocalizedText
{
    /// <summary>Creates a bilingual text.</summary>
    /// <param name="swedish">The Swedish text; must not be empty.</param>
    /// <param name="english">The English text; must not be empty.</param>
    public LocalizedText(string swedish, string english)
    {
        Swedish = Guard.Against.NullOrWhiteSpace(swedish);
        English = Guard.Against.NullOrWhiteSpace(english);
    }

    /// <summary>Svensk text (the Swedish text).</summary>
    public string Swedish { get; }

    /// <summary>Engelsk text (the English text).</summary>
    public string English { get; }

    /// <summary>
    /// Returns the text for a culture: English when the culture's language is English, Swedish otherwise
    /// (also when <paramref name="culture"/> is null).
    /// </summary>
    /// <param name="culture">The culture of the reader, or null for the default (Swedish).</param>
    /// <returns>The text in the reader's language.</returns>
    public string Get(CultureInfo? culture) =>
        culture is not null && culture.TwoLetterISOLanguageName == "en" ? English : Swedish;

    /// <summary>Returns the Swedish text.</summary>
    /// <returns>The Swedish text.</returns>
    public override string ToString() => Swedish;
}
