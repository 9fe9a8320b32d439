using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using OneOf;

namespace Trygghet.Domain.Common;

/// <summary>
/// Tolkningsfel (a parse error): what is wrong with a text, in Swedish and English, and where: the text read and,
/// when one character is to blame, its position.
/// </summary>
/// <remarks>Record equality.</remarks>
/// <param name="Message">What is wrong, in both languages.</param>
/// <param name="Text">The text that was read, or null when there was none.</param>
/// <param name="Position">The zero-based position in <paramref name="Text"/> where the fault lies, or null when the text as a whole is refused.</param>
public sealed record ParseError(LocalizedText Message, string? Text, int? Position = null)
{
    /// <summary>Meddelande (what is wrong, in both languages); never null.</summary>
    public LocalizedText Message { get; init => field = Guard.Against.Null(value, nameof(Message)); } = Guard.Against.Null(Message, nameof(Message));

    /// <summary>The error in one line, in the culture's language (Swedish by default), with the position when known.</summary>
    /// <param name="culture">The reader's culture, or null for Swedish.</param>
    /// <returns>E.g. "'KS 20/06x0' är inget diarienummer: ... Felet står vid tecken 7."</returns>
    public string Render(CultureInfo? culture)
    {
        if (Position is not { } position)
        {
            return Message.Get(culture);
        }

        var at = (position + 1).ToString(CultureInfo.InvariantCulture);
        return Message.Get(culture) + " " + new LocalizedText($"Felet står vid tecken {at}.", $"The fault is at character {at}.").Get(culture);
    }

    /// <inheritdoc/>
    public override string ToString() => Render(null);
}

/// <summary>
/// Tolkningsresultat (parse result): the parsed value or a <see cref="ParseError"/>, as a OneOf union. Use
/// <c>Match</c>/<c>Switch</c> to handle both, <c>TryPickT0</c> to take the value, or <see cref="IsSuccess"/>
/// with <see cref="Value"/> and <see cref="Error"/>.
/// </summary>
/// <typeparam name="T">The type parsed.</typeparam>
/// <remarks>Equality compares the value or the error.</remarks>
public sealed class ParseResult<T> : OneOfBase<T, ParseError>
{
    private ParseResult(OneOf<T, ParseError> input)
        : base(input)
    {
    }

    /// <summary>True when the text was parsed.</summary>
    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess => IsT0;

    /// <summary>The parsed value.</summary>
    /// <exception cref="InvalidOperationException">The parse failed; the message is the parse error.</exception>
    public new T Value => IsT0 ? AsT0 : throw DomainGuards.NoValue(AsT1.Message);

    /// <summary>What is wrong with the text; null on success.</summary>
    public ParseError? Error => IsT1 ? AsT1 : null;

    /// <summary>A successful result.</summary>
    /// <param name="value">The parsed value.</param>
    /// <returns>The result.</returns>
    public static ParseResult<T> Success(T value) => new(OneOf<T, ParseError>.FromT0(value));

    /// <summary>A failed result.</summary>
    /// <param name="error">What is wrong with the text.</param>
    /// <returns>The result.</returns>
    public static ParseResult<T> Failure(ParseError error) => new(OneOf<T, ParseError>.FromT1(Guard.Against.Null(error)));

    /// <summary>Value equality.</summary>
    /// <param name="left">One result.</param>
    /// <param name="right">The other result.</param>
    /// <returns>True when both are equal.</returns>
    public static bool operator ==(ParseResult<T>? left, ParseResult<T>? right) => Equals(left, right);

    /// <summary>Value inequality.</summary>
    /// <param name="left">One result.</param>
    /// <param name="right">The other result.</param>
    /// <returns>True when they differ.</returns>
    public static bool operator !=(ParseResult<T>? left, ParseResult<T>? right) => !Equals(left, right);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ParseResult<T> && base.Equals(obj);

    /// <inheritdoc/>
    public override int GetHashCode() => base.GetHashCode();

    /// <inheritdoc/>
    public override string ToString() => IsT0 ? $"Success({AsT0})" : $"Failure({AsT1.Message.English})";
}
