namespace Trygghet.Domain.Finance;

/// <summary>
/// Fördelning (allocation): an amount of one kind assigned to a purpose and funded from one appropriation,
/// e.g. "2,2 mnkr avsätts till utökad användning av trygghetsvärdar/väktare".
/// </summary>
/// <remarks>Equality is structural.</remarks>
/// <param name="Purpose">What the money is for.</param>
/// <param name="Kind">Drift or investering.</param>
/// <param name="Amount">The amount in kronor, not negative.</param>
/// <param name="FundedFrom">The <see cref="Appropriation.Id"/> that funds it.</param>
public sealed record Allocation(string Purpose, AppropriationKind Kind, decimal Amount, string FundedFrom)
{
    /// <summary>Ändamål (what the money is for).</summary>
    public string Purpose { get; } = Guard.Against.NullOrWhiteSpace(Purpose);

    /// <summary>Drift or investering.</summary>
    public AppropriationKind Kind { get; } = Guard.Against.UndefinedValue(Kind);

    /// <summary>Belopp (the amount in kronor).</summary>
    public decimal Amount { get; } = Guard.Against.InvalidAmount(Amount, nameof(Amount));

    /// <summary>Finansieras ur (the identifier of the funding appropriation).</summary>
    public string FundedFrom { get; } = Guard.Against.NullOrWhiteSpace(FundedFrom);
}
