using System.Diagnostics.CodeAnalysis;

namespace Trygghet.Domain.Common;

/// <summary>
/// Tolkningsresultat (parse result): either a parsed value or a bilingual error saying what is wrong with the text.
/// </summary>
/// <typeparam name="T">The type parsed.</typeparam>
/// <remarks>The default value is a failure without an error text; use the factory methods.</remarks>
public readonly struct ParseResult<T> : IEquatable<ParseResult<T>>
{
    private readonly T? _value;
    private readonly LocalizedText? _error;

    private ParseResult(T? value, LocalizedText? error, bool isSuccess)
    {
        _value = value;
        _error = error;
        IsSuccess = isSuccess;
    }

    /// <summary>True when the text was parsed.</summary>
    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess { get; }

    /// <summary>The parsed value.</summary>
    /// <exception cref="InvalidOperationException">The parse failed; the message is the parse error.</exception>
    public T Value => IsSuccess
        ? _value!
        : throw new InvalidOperationException(_error?.English ?? "The parse result holds no value.");

    /// <summary>What is wrong with the text, in Swedish and English; null on success.</summary>
    public LocalizedText? Error => IsSuccess ? null : _error ?? new LocalizedText("Ingen tolkning gjordes.", "Nothing was parsed.");

    /// <summary>A successful result.</summary>
    /// <param name="value">The parsed value.</param>
    /// <returns>The result.</returns>
    public static ParseResult<T> Success(T value) => new(value, null, true);

    /// <summary>A failed result.</summary>
    /// <param name="error">What is wrong with the text.</param>
    /// <returns>The result.</returns>
    public static ParseResult<T> Failure(LocalizedText error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return new(default, error, false);
    }

    /// <summary>Gets the value when the parse succeeded.</summary>
    /// <param name="value">The parsed value, or default.</param>
    /// <returns>True on success.</returns>
    public bool TryGetValue([MaybeNullWhen(false)] out T value)
    {
        value = _value;
        return IsSuccess;
    }

    /// <summary>Maps the result to one value, calling one of two functions.</summary>
    /// <typeparam name="TResult">The type returned.</typeparam>
    /// <param name="success">Called with the value on success.</param>
    /// <param name="failure">Called with the error on failure.</param>
    /// <returns>What the function called returned.</returns>
    public TResult Match<TResult>(Func<T, TResult> success, Func<LocalizedText, TResult> failure)
    {
        ArgumentNullException.ThrowIfNull(success);
        ArgumentNullException.ThrowIfNull(failure);
        return IsSuccess ? success(_value!) : failure(Error);
    }

    /// <inheritdoc/>
    public bool Equals(ParseResult<T> other) =>
        IsSuccess == other.IsSuccess
        && EqualityComparer<T?>.Default.Equals(_value, other._value)
        && Equals(Error, other.Error);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ParseResult<T> other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(IsSuccess, _value, Error);

    /// <summary>Value equality.</summary>
    /// <param name="left">One result.</param>
    /// <param name="right">The other result.</param>
    /// <returns>True when both are equal.</returns>
    public static bool operator ==(ParseResult<T> left, ParseResult<T> right) => left.Equals(right);

    /// <summary>Value inequality.</summary>
    /// <param name="left">One result.</param>
    /// <param name="right">The other result.</param>
    /// <returns>True when they differ.</returns>
    public static bool operator !=(ParseResult<T> left, ParseResult<T> right) => !left.Equals(right);

    /// <inheritdoc/>
    public override string ToString() => IsSuccess ? $"Success({_value})" : $"Failure({Error.English})";
}
