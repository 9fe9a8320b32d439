namespace Trygghet.Domain.Validation;

/// <summary>
/// Meddelandeargument (a named value a finding's message was filled from), so that an integrator can render
/// the message in its own words: <see cref="Value"/> is the value itself (a date, a number, an enum value, a
/// bilingual text), <see cref="Text"/> its language-neutral form (dates yyyy-MM-dd, numbers invariant, enum
/// values in camelCase, bilingual texts in Swedish).
/// </summary>
/// <remarks>
/// Equality compares <see cref="Name"/> and <see cref="Text"/>: a report read back from JSON, whose values are
/// their texts, equals the report written.
/// </remarks>
public sealed record MessageArgument
{
    /// <summary>Creates an argument.</summary>
    /// <param name="name">The placeholder's name.</param>
    /// <param name="value">The value.</param>
    public MessageArgument(string name, object? value)
    {
        Name = Guard.Against.NullOrWhiteSpace(name);
        Value = value;
        Text = Rules.Runtime.MessageTemplate.Format(value);
    }

    /// <summary>Namn (the placeholder's name).</summary>
    public string Name { get; }

    /// <summary>Värde (the value as reported; after reading JSON, the same as <see cref="Text"/>).</summary>
    public object? Value { get; }

    /// <summary>Text (the value's language-neutral form).</summary>
    public string Text { get; }

    /// <inheritdoc/>
    public bool Equals(MessageArgument? other) =>
        other is not null && Name == other.Name && Text == other.Text;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Name, Text);
}
