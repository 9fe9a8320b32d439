namespace Trygghet.Domain.Finance;

/// <summary>
/// Anslag, avsatta medel (appropriation): money set aside for a purpose, of one kind, for a year, e.g. the
/// 10 mnkr for trygghetsåtgärder in "Reviderad mål och budget 2020-2021".
/// </summary>
/// <remarks>Equality is structural.</remarks>
public sealed record Appropriation
{
    /// <summary>Creates an appropriation.</summary>
    /// <param name="id">A short identifier, unique in the decision, that allocations refer to.</param>
    /// <param name="purpose">What the money is for.</param>
    /// <param name="kind">Drift or investering.</param>
    /// <param name="amount">The amount in kronor, not negative.</param>
    /// <param name="year">The budget year.</param>
    public Appropriation(string id, string purpose, AppropriationKind kind, decimal amount, int year)
    {
        Id = Guard.Against.NullOrWhiteSpace(id);
        Purpose = Guard.Against.NullOrWhiteSpace(purpose);
        Kind = Guard.Against.UndefinedValue(kind);
        Amount = Guard.Against.InvalidAmount(amount, nameof(amount));
        Year = Guard.Against.YearOutsideSupportedDates(year, nameof(year));
    }

    /// <summary>Identifierare (the identifier allocations refer to).</summary>
    public string Id { get; }

    /// <summary>Ändamål (the purpose).</summary>
    public string Purpose { get; }

    /// <summary>Drift or investering.</summary>
    public AppropriationKind Kind { get; }

    /// <summary>Belopp (the amount in kronor).</summary>
    public decimal Amount { get; }

    /// <summary>Budgetår (the budget year).</summary>
    public int Year { get; }

    /// <summary>Beslutat i (the decision or budget that set it aside, e.g. "Mål och budget 2019-2020"); null when not given.</summary>
    public string? DecidedIn { get; init; }
}
