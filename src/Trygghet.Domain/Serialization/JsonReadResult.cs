using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using OneOf;

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
    public string Render(CultureInfo? culture) =>
        Path is null ? Message.Get(culture) : $"{Path}: {Message.Get(culture)}";

    /// <inheritdoc/>
    public override string ToString() => Render(null);
}

/// <summary>
/// Läsresultat (the result of reading JSON): the value read or a <see cref="JsonReadError"/> naming the JSON path,
/// as a OneOf union. Use <c>Match</c>/<c>Switch</c> to handle both, <c>TryPickT0</c> to take the value, or
/// <see cref="IsSuccess"/> with <see cref="Value"/> and <see cref="Error"/>.
/// </summary>
/// <typeparam name="T">The type read.</typeparam>
/// <remarks>Equality compares the value or the error.</remarks>
public sealed class JsonReadResult<T> : OneOfBase<T, JsonReadError>
    where T : class
{
    private JsonReadResult(OneOf<T, JsonReadError> input)
        : base(input)
    {
    }

    /// <summary>True when the input was read.</summary>
    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess => IsT0;

    /// <summary>The value read.</summary>
    /// <exception cref="InvalidOperationException">The input was refused; the message is the read error.</exception>
    public new T Value => IsT0 ? AsT0 : throw DomainGuards.NoValue(AsT1.Message);

    /// <summary>What went wrong, or null on success.</summary>
    public JsonReadError? Error => IsT1 ? AsT1 : null;

    /// <summary>A successful result.</summary>
    /// <param name="value">The value read.</param>
    /// <returns>The result.</returns>
    public static JsonReadResult<T> Success(T value) => new(OneOf<T, JsonReadError>.FromT0(Guard.Against.Null(value)));

    /// <summary>A failed result.</summary>
    /// <param name="error">What went wrong.</param>
    /// <returns>The result.</returns>
    public static JsonReadResult<T> Failure(JsonReadError error) => new(OneOf<T, JsonReadError>.FromT1(Guard.Against.Null(error)));

    /// <summary>Value equality.</summary>
    /// <param name="left">One result.</param>
    /// <param name="right">The other result.</param>
    /// <returns>True when both are equal.</returns>
    public static bool operator ==(JsonReadResult<T>? left, JsonReadResult<T>? right) => Equals(left, right);

    /// <summary>Value inequality.</summary>
    /// <param name="left">One result.</param>
    /// <param name="right">The other result.</param>
    /// <returns>True when they differ.</returns>
    public static bool operator !=(JsonReadResult<T>? left, JsonReadResult<T>? right) => !Equals(left, right);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is JsonReadResult<T> && base.Equals(obj);

    /// <inheritdoc/>
    public override int GetHashCode() => base.GetHashCode();

    /// <inheritdoc/>
    public override string ToString() => IsT0 ? $"Success({AsT0})" : $"Failure({(AsT1.Path is null ? string.Empty : AsT1.Path + ": ")}{AsT1.Message.English})";
}
