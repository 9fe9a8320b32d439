using System.Collections.Frozen;
using System.Globalization;
using Trygghet.Domain.Localization;
using Trygghet.Domain.Rules.Runtime;

namespace Trygghet.Domain.Rules;

/// <summary>
/// Meddelandekatalog (message catalogue) of one language: every rule's texts keyed by the rule's message key
/// (its id), and the words the messages and reports use (enum values keyed "Type.Value", report phrases).
/// The library ships <see cref="Swedish"/> and <see cref="English"/>, each in its own file under
/// Localization/; another language is one more catalogue made with <see cref="Create"/>.
/// </summary>
/// <remarks>Immutable and thread-safe. Equality is reference equality.</remarks>
public sealed class MessageCatalogue
{
    private static readonly Lazy<MessageCatalogue> LazySwedish = new(() => Create("sv", SwedishMessages.Rules, SwedishMessages.Words));
    private static readonly Lazy<MessageCatalogue> LazyEnglish = new(() => Create("en", EnglishMessages.Rules, EnglishMessages.Words));

    private MessageCatalogue(string language, FrozenDictionary<string, RuleTexts> rules, FrozenDictionary<string, string> words)
    {
        Language = language;
        Rules = rules;
        Words = words;
    }

    /// <summary>Svenska (the Swedish catalogue), the default language.</summary>
    public static MessageCatalogue Swedish => LazySwedish.Value;

    /// <summary>Engelska (the English catalogue).</summary>
    public static MessageCatalogue English => LazyEnglish.Value;

    /// <summary>Språk (the language's two-letter ISO code, e.g. "sv").</summary>
    public string Language { get; }

    /// <summary>Regeltexter (every rule's texts in this language, keyed by message key).</summary>
    public IReadOnlyDictionary<string, RuleTexts> Rules { get; }

    /// <summary>Ord (enum values keyed "Type.Value", e.g. "PartyKind.Municipality", and report phrases keyed "Report.…").</summary>
    public IReadOnlyDictionary<string, string> Words { get; }

    /// <summary>
    /// The built-in catalogue for a reader's culture: English for English cultures, Swedish otherwise (also
    /// when <paramref name="culture"/> is null).
    /// </summary>
    /// <param name="culture">The reader's culture.</param>
    /// <returns>The catalogue.</returns>
    public static MessageCatalogue For(CultureInfo? culture) =>
        culture is not null && culture.TwoLetterISOLanguageName == "en" ? English : Swedish;

    /// <summary>Creates a catalogue, e.g. for a language the library does not ship.</summary>
    /// <param name="language">The language's two-letter ISO code, e.g. "nb".</param>
    /// <param name="rules">The rules' texts keyed by message key (rule id).</param>
    /// <param name="words">Enum values keyed "Type.Value" and report phrases keyed "Report.…".</param>
    /// <returns>The catalogue.</returns>
    /// <exception cref="ArgumentException">The language is empty.</exception>
    public static MessageCatalogue Create(
        string language, IReadOnlyDictionary<string, RuleTexts> rules, IReadOnlyDictionary<string, string> words)
    {
        Guard.Against.NullOrWhiteSpace(language);
        Guard.Against.Null(rules);
        Guard.Against.Null(words);
        return new MessageCatalogue(
            language,
            rules.ToFrozenDictionary(StringComparer.Ordinal),
            words.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>A word of this catalogue, or null when it has none for <paramref name="key"/>.</summary>
    /// <param name="key">The key, e.g. "PartyKind.Municipality" or "Report.Summary".</param>
    /// <returns>The word or phrase.</returns>
    public string? Word(string key) => Words.GetValueOrDefault(key);

    /// <summary>
    /// Fills a template in this language: dates as yyyy-MM-dd, numbers invariant, enum values from
    /// <see cref="Words"/>, bilingual texts in this language; <c>{n|singular|plural}</c> picks the singular when
    /// n is 1.
    /// </summary>
    /// <param name="template">The template.</param>
    /// <param name="arguments">The named values.</param>
    /// <returns>The text.</returns>
    /// <exception cref="InvalidOperationException">A placeholder has no value.</exception>
    public string Format(string template, IEnumerable<KeyValuePair<string, object?>> arguments)
    {
        Guard.Against.Null(template);
        Guard.Against.Null(arguments);
        var list = arguments.Select(a => (a.Key, a.Value)).ToArray();
        return MessageTemplate.Fill(template, "(template)", list, this);
    }

    /// <summary>A value as a word of this language (see <see cref="Format"/>).</summary>
    /// <param name="value">The value.</param>
    /// <returns>The text.</returns>
    public string FormatValue(object? value) => value switch
    {
        LocalizedText text => Language == "en" ? text.English : text.Swedish,
        Enum e => Word($"{e.GetType().Name}.{e}") ?? e.ToString(),
        _ => MessageTemplate.Format(value),
    };

    // The built-in texts of each message key as bilingual texts, for RuleMetadata's Name, Description and Message.
    private static readonly Lazy<FrozenDictionary<string, (LocalizedText Name, LocalizedText Description, LocalizedText Message)>> BuiltInTexts = new(() =>
        Swedish.Rules
            .Where(r => English.Rules.ContainsKey(r.Key))
            .ToFrozenDictionary(
                r => r.Key,
                r =>
                {
                    var en = English.Rules[r.Key];
                    return (new LocalizedText(r.Value.Name, en.Name), new LocalizedText(r.Value.Description, en.Description), new LocalizedText(r.Value.Message, en.Message));
                },
                StringComparer.Ordinal));

    /// <summary>Whether both built-in catalogues hold texts for <paramref name="key"/>.</summary>
    internal static bool HasBuiltIn(string key) => BuiltInTexts.Value.ContainsKey(key);

    /// <summary>The built-in texts of a message key; throws naming the key when a language lacks it.</summary>
    internal static (LocalizedText Name, LocalizedText Description, LocalizedText Message) BuiltIn(string key) =>
        BuiltInTexts.Value.TryGetValue(key, out var texts)
            ? texts
            : throw DomainGuards.InvalidState(
                $"Regeln {key} saknar texter i meddelandekatalogerna: lägg till dem i Localization/Messages.sv.cs och Messages.en.cs, eller ange Name, Description och Message i dess metadata.",
                $"The rule {key} has no texts in the Swedish and English message catalogues: add them to Localization/Messages.sv.cs and Messages.en.cs, or give Name, Description and Message in its metadata.");
}
