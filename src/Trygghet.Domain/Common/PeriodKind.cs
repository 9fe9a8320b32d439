namespace Trygghet.Domain.Common;

/// <summary>Periodtyp (kind of calendar period) used to split a date range and to count commitments.</summary>
public enum PeriodKind
{
    /// <summary>Månad (calendar month).</summary>
    Month,

    /// <summary>Kvartal (quarter): January-March, April-June, July-September, October-December.</summary>
    Quarter,

    /// <summary>Tertial (four months): January-April, May-August, September-December.</summary>
    Tertial,

    /// <summary>Termin (school term): spring January-June, autumn July-December.</summary>
    Term,

    /// <summary>Läsår (school year): 1 August to 30 June; July belongs to no school year.</summary>
    SchoolYear,

    /// <summary>Kalenderår (calendar year).</summary>
    CalendarYear,
}
