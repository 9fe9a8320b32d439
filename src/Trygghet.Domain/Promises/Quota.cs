namespace Trygghet.Domain.Promises;

/// <summary>Kvantitet (a commitment's quantity): "minst två ... per termin" is <c>new Quota(2, QuotaPeriod.Term)</c>.</summary>
/// <remarks>Equality compares minimum and period.</remarks>
public sealed record Quota
{
    /// <summary>Creates a quota.</summary>
    /// <param name="minimum">Minst (the minimum count per period), at least 1.</param>
    /// <param name="per">The period counted over.</param>
    public Quota(int minimum, QuotaPeriod per)
    {
        Minimum = Guard.Against.Below(minimum, 1);
        Per = Guard.Against.UndefinedValue(per);
    }

    /// <summary>Minst (the minimum count per full period).</summary>
    public int Minimum { get; }

    /// <summary>Per (the period counted over).</summary>
    public QuotaPeriod Per { get; }
}
