namespace Trygghet.Domain.Finance;

/// <summary>
/// Fördelning (allocation): an amount of one kind assigned to a purpose and funded from one appropriation,
/// e.g. "2,2 mnkr avsätts till utökad användning av trygghetsvärdar/väktare".
/// </summary>
/// <remarks>Equality is structural.</remarks>
public sealed record Allocation
{
    /// <summary>Creates an allocation.</summary>
    /// <param name="purpose">What the money is for.</param>
    /// <param name="kind">Drift or investering.</param>
    /// <param name="amount">The amount in kronor, not negative.</param>
    /// <param name="fundedFrom">The <see cref="Appropriation.Id"/> that funds it.</param>
    public Allocation(string purpose, AppropriationKind kind, decimal amount, string fundedFrom)
    {
        Purpose = Guard.Against.NullOrWhiteSpace(purpose);
        Kind = Guard.Against.UndefinedValue(kind);
        Amount = Guard.Against.InvalidAmount(amount, nameof(amount));
        FundedFrom = Guard.Against.NullOrWhiteSpace(fundedFrom);
    }

    /// <summary>Ändamål (what the money is for).</summary>
    public string Purpose { get; }

    /// <summary>Drift or investering.</summary>
    public AppropriationKind Kind { get; }

    /// <summary>Belopp (the amount in kronor).</summary>
    public decimal Amount { get; }

    /// <summary>Finansieras ur (the identifier of the funding appropriation).</summary>
    public string FundedFrom { get; }
}
