namespace Trygghet.Domain.Calendar;

/// <summary>Allmän helgdag (public holiday) named in Lag (1989:253) om allmänna helgdagar, 1 §.</summary>
public enum PublicHolidayKind
{
    /// <summary>Nyårsdagen, 1 January.</summary>
    NewYearsDay,

    /// <summary>Trettondedag jul, 6 January.</summary>
    Epiphany,

    /// <summary>Långfredagen, the Friday before Easter Sunday.</summary>
    GoodFriday,

    /// <summary>Påskdagen, Easter Sunday.</summary>
    EasterSunday,

    /// <summary>Annandag påsk, the day after Easter Sunday.</summary>
    EasterMonday,

    /// <summary>Första maj, 1 May.</summary>
    MayDay,

    /// <summary>Kristi himmelsfärdsdag, the sixth Thursday after Easter Sunday.</summary>
    AscensionDay,

    /// <summary>Pingstdagen, the seventh Sunday after Easter Sunday.</summary>
    Pentecost,

    /// <summary>Annandag pingst, the day after Pentecost (a holiday until 2004).</summary>
    WhitMonday,

    /// <summary>Sveriges nationaldag, 6 June (a holiday from 2005).</summary>
    NationalDay,

    /// <summary>Midsommardagen, the Saturday 20-26 June.</summary>
    MidsummerDay,

    /// <summary>Alla helgons dag, the Saturday 31 October - 6 November.</summary>
    AllSaintsDay,

    /// <summary>Juldagen, 25 December.</summary>
    ChristmasDay,

    /// <summary>Annandag jul, 26 December.</summary>
    BoxingDay,
}

/// <summary>
/// Allmän helgdag (public holiday): a named holiday and its date in one year. Sundays are also public holidays
/// in law but are not listed one by one.
/// </summary>
/// <param name="Date">The date.</param>
/// <param name="Kind">Which holiday.</param>
public sealed record PublicHoliday(DateOnly Date, PublicHolidayKind Kind)
{
    /// <summary>The holiday's name in Swedish and English, e.g. "midsommardagen" / "Midsummer Day".</summary>
    public LocalizedText Name => Kind switch
    {
        PublicHolidayKind.NewYearsDay => new("nyårsdagen", "New Year's Day"),
        PublicHolidayKind.Epiphany => new("trettondedag jul", "Epiphany"),
        PublicHolidayKind.GoodFriday => new("långfredagen", "Good Friday"),
        PublicHolidayKind.EasterSunday => new("påskdagen", "Easter Sunday"),
        PublicHolidayKind.EasterMonday => new("annandag påsk", "Easter Monday"),
        PublicHolidayKind.MayDay => new("första maj", "May Day"),
        PublicHolidayKind.AscensionDay => new("Kristi himmelsfärdsdag", "Ascension Day"),
        PublicHolidayKind.Pentecost => new("pingstdagen", "Pentecost"),
        PublicHolidayKind.WhitMonday => new("annandag pingst", "Whit Monday"),
        PublicHolidayKind.NationalDay => new("Sveriges nationaldag", "National Day of Sweden"),
        PublicHolidayKind.MidsummerDay => new("midsommardagen", "Midsummer Day"),
        PublicHolidayKind.AllSaintsDay => new("alla helgons dag", "All Saints' Day"),
        PublicHolidayKind.ChristmasDay => new("juldagen", "Christmas Day"),
        _ => new("annandag jul", "Boxing Day"),
    };
}
