namespace Trygghet.Domain.Promises;

/// <summary>Räkneperiod (the period a commitment's minimum is counted over).</summary>
public enum QuotaPeriod
{
    /// <summary>Per termin (per term: January-June, July-December).</summary>
    Term,

    /// <summary>Per läsår (per school year: August-June; July belongs to none).</summary>
    SchoolYear,

    /// <summary>Per år (per calendar year).</summary>
    CalendarYear,

    /// <summary>Per kvartal (per quarter).</summary>
    Quarter,

    /// <summary>Per månad (per month).</summary>
    Month,

    /// <summary>Under hela giltighetstiden (once over the whole validity).</summary>
    WholeValidity,
}

/// <summary>Conversions for <see cref="QuotaPeriod"/>.</summary>
public static class QuotaPeriodExtensions
{
    /// <summary>The calendar period kind counted over, or null for <see cref="QuotaPeriod.WholeValidity"/>.</summary>
    /// <param name="period">The quota period.</param>
    /// <returns>The period kind, or null.</returns>
    public static PeriodKind? ToPeriodKind(this QuotaPeriod period) => period switch
    {
        QuotaPeriod.Term => PeriodKind.Term,
        QuotaPeriod.SchoolYear => PeriodKind.SchoolYear,
        QuotaPeriod.CalendarYear => PeriodKind.CalendarYear,
        QuotaPeriod.Quarter => PeriodKind.Quarter,
        QuotaPeriod.Month => PeriodKind.Month,
        QuotaPeriod.WholeValidity => null,
        _ => Guard.Against.UnknownValue<PeriodKind?>(period),
    };
}
