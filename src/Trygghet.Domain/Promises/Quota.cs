namespace Trygghet.Domain.Promises;

/// <summary>Kvantitet (a commitment's quantity): "minst två ... per termin" is <c>new Quota(2, QuotaPeriod.Term)</c>.</summary>
/// <remarks>Equality compares minimum and period.</remarks>
/// <param name="Minimum">Minst (the minimum count per period), at least 1.</param>
/// <param name="Per">The period counted over.</param>
public sealed record Quota(int Minimum, QuotaPeriod Per)
{
    /// <summary>Minst (the minimum count per full period).</summary>
    public int Minimum { get; } = Guard.Against.Below(Minimum, 1);

    /// <summary>Per (the period counted over).</summary>
    public QuotaPeriod Per { get; } = Guard.Against.UndefinedValue(Per);
}
