namespace Trygghet.Domain.Promises;

/// <summary>Inställningar för medborgarlöften (settings for the rules on citizen promises).</summary>
public sealed record PromiseSettings
{
    /// <summary>
    /// Hösttermins första månad (the month the autumn term starts; the spring term runs from January up to it), for
    /// quotas counted "per termin". By default 7: the terms are the calendar half-years, January to June and July to
    /// December. A municipality that counts school terms from August sets 8.
    /// </summary>
    public int AutumnTermStartMonth
    {
        get;
        init
        {
            Guard.Against.Below(value, 2, nameof(AutumnTermStartMonth));
            field = Guard.Against.Above(value, 12, nameof(AutumnTermStartMonth));
        }
    } = 7;
}
