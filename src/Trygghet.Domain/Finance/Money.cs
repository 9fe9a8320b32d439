using System.Globalization;

namespace Trygghet.Domain.Finance;

/// <summary>Belopp (helpers for amounts in kronor, kept as <see cref="decimal"/>).</summary>
public static class Money
{
    /// <summary>One million kronor (1 mnkr).</summary>
    public const decimal Million = 1_000_000m;

    /// <summary>Converts millions of kronor to kronor.</summary>
    /// <param name="millions">The amount in mnkr, e.g. 2.5.</param>
    /// <returns>The amount in kronor.</returns>
    public static decimal FromMillions(decimal millions) => ToKronor(millions, nameof(millions));

    /// <summary>Millions to kronor, refusing more than <see cref="TrygghetLimits.MaxAmount"/> either way.</summary>
    internal static decimal ToKronor(decimal millions, string parameterName) =>
        Math.Abs(millions) > TrygghetLimits.MaxAmount / Million
            ? throw DomainGuards.OutOfRange(
                parameterName,
                millions,
                "Beloppet i miljoner ligger utanför det tillåtna.",
                "The amount in millions lies outside what is allowed.")
            : millions * Million;

    /// <summary>Formats kronor as mnkr the Swedish way, e.g. 2 500 000 as "2,5".</summary>
    /// <param name="kronor">The amount in kronor.</param>
    /// <returns>The text.</returns>
    public static string FormatMillions(decimal kronor) =>
        (kronor / Million).ToString("0.###", CultureInfo.GetCultureInfo("sv-SE"));
}
