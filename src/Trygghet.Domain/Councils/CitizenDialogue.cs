namespace Trygghet.Domain.Councils;

/// <summary>
/// Medborgardialog (citizen dialogue) a council holds; a council's arbetsordning may require one a year. A dialogue
/// counts for every calendar year its period touches (a dialogue decided as "2017 och 2018 års dialog" counts for both).
/// </summary>
/// <remarks>Equality is structural.</remarks>
public sealed record CitizenDialogue
{
    /// <summary>Creates a citizen dialogue.</summary>
    /// <param name="theme">The theme, e.g. "Kvinnors upplevda otrygghet utomhus".</param>
    /// <param name="period">When it is carried out.</param>
    public CitizenDialogue(string theme, DateRange period)
    {
        Theme = Guard.Against.NullOrWhiteSpace(theme);
        Period = Guard.Against.OutsideSupportedDates(period, nameof(period));
    }

    /// <summary>Tema (the theme).</summary>
    public string Theme { get; }

    /// <summary>Period (when it is carried out).</summary>
    public DateRange Period { get; }

    /// <summary>Beslutad (the day the council decided it); null when not given.</summary>
    public DateOnly? DecidedOn { get; init => field = Guard.Against.OutsideSupportedDates(value, nameof(DecidedOn)); }

    /// <summary>Metoder (how it is carried out, e.g. "webbenkät", "fokusgrupper").</summary>
    public EquatableArray<string> Methods { get; init; }

    /// <summary>Syfte (purpose); null when not given.</summary>
    public string? Purpose { get; init; }
}
