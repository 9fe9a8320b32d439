namespace Trygghet.Domain.Finance;

/// <summary>
/// Anslag, avsatta medel (appropriation): money set aside for a purpose, of one kind, for a year, e.g. the
/// 10 mnkr for trygghetsåtgärder in "Reviderad mål och budget 2020-2021".
/// </summary>
/// <remarks>Equality is structural.</remarks>
/// <param name="Id">A short identifier, unique in the decision, that allocations refer to.</param>
/// <param name="Purpose">What the money is for.</param>
/// <param name="Kind">Drift or investering.</param>
/// <param name="Amount">The amount in kronor, not negative.</param>
/// <param name="Year">The budget year.</param>
public sealed record Appropriation(string Id, string Purpose, AppropriationKind Kind, decimal Amount, int Year)
{
    /// <summary>Identifierare (the identifier allocations refer to).</summary>
    public string Id { get; } = Guard.Against.NullOrWhiteSpace(Id);

    /// <summary>Ändamål (the purpose).</summary>
    public string Purpose { get; } = Guard.Against.NullOrWhiteSpace(Purpose);

    /// <summary>Drift or investering.</summary>
    public AppropriationKind Kind { get; } = Guard.Against.UndefinedValue(Kind);

    /// <summary>Belopp (the amount in kronor).</summary>
    public decimal Amount { get; } = Guard.Against.InvalidAmount(Amount, nameof(Amount));

    /// <summary>Budgetår (the budget year).</summary>
    public int Year { get; } = Guard.Against.YearOutsideSupportedDates(Year, nameof(Year));

    /// <summary>Beslutat i (the decision or budget that set it aside, e.g. "Mål och budget 2019-2020"); null when not given.</summary>
    public string? DecidedIn { get; init; }
}
