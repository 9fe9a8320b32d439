using System.Diagnostics.CodeAnalysis;
using Trygghet.Domain.Common;

namespace Trygghet.Domain.Serialization;

/// <summary>
/// Läsfel (a JSON read error): what is wrong, in Swedish and English, and where: the JSON path (e.g.
/// <c>$.areas[3].measures[5].period</c>) and, when known, the line and byte position.
/// </summary>
/// <remarks>Record equality.</remarks>
/// <param name="Message">What is wrong, in both languages.</param>
/// <param name="Path">The JSON path of the offending value, or null when the input as a whole is refused.</param>
/// <param name="LineNumber">The zero-based line, when known.</param>
/// <param name="BytePositionInLine">The zero-based byte position in the line, when known.</param>
public sealed record JsonReadError(LocalizedText Message, string? Path, long? LineNumber = null, long? BytePositionInLine = null)
{
    /// <summary>Meddelande (what is wrong, in both languages); never null.</summary>
    public LocalizedText Message { get; init => field = Guard.Against.Null(value, nameof(Message)); } = Guard.Against.Null(Message, nameof(Message));

    /// <summary>The error in one line: path and message in the culture's language (Swedish by default).</summary>
    /// <param name="culture">The reader's culture, or null for Swedish.</param>
    /// <returns>E.g. "$.validity.end: ...".</returns>
    public string Render(System.Globalization.CultureInfo? culture) =>
        Path is null ? Message.Get(culture) : $"{Path}: {Message.Get(culture)}";

    /// <inheritdoc/>
    public override string ToString() => Render(null);
}

/// <summary>
/// Läsresultat (the result of reading a document from JSON): the document, or an error with its JSON path.
/// </summary>
/// <typeparam name="T">The type read.</typeparam>
/// <remarks>Record equality.</remarks>
public sealed record JsonReadResult<T>
    where T : class
{
    private JsonReadResult(T? value, JsonReadError? error)
    {
        Value = value;
        Error = error;
    }

    /// <summary>The value read, or null on failure.</summary>
    public T? Value { get; }

    /// <summary>What went wrong, or null on success.</summary>
    public JsonReadError? Error { get; }

    /// <summary>True when the input was read.</summary>
    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess => Error is null;

    /// <summary>A successful result.</summary>
    /// <param name="value">The value read.</param>
    /// <returns>The result.</returns>
    public static JsonReadResult<T> Success(T value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new(value, null);
    }

    /// <summary>A failed result.</summary>
    /// <param name="error">What went wrong.</param>
    /// <returns>The result.</returns>
    public static JsonReadResult<T> Failure(JsonReadError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return new(null, error);
    }

    /// <summary>The same result as a <see cref="ParseResult{T}"/>; the error text starts with the path.</summary>
    /// <returns>The parse result.</returns>
    public ParseResult<T> ToParseResult() => IsSuccess
        ? ParseResult<T>.Success(Value)
        : ParseResult<T>.Failure(Error.Path is null
            ? Error.Message
            : new LocalizedText($"{Error.Path}: {Error.Message.Swedish}", $"{Error.Path}: {Error.Message.English}"));
}
