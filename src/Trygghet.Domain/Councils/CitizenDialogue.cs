namespace Trygghet.Domain.Councils;

/// <summary>
/// Medborgardialog (citizen dialogue) a council holds; a council's arbetsordning may require one a year. A dialogue
/// counts for every calendar year its period touches (a dialogue decided as "2017 och 2018 års dialog" counts for both).
/// </summary>
/// <remarks>Equality is structural.</remarks>
/// <param name="Theme">The theme, e.g. "Kvinnors upplevda otrygghet utomhus".</param>
/// <param name="Period">When it is carried out.</param>
public sealed record CitizenDialogue(string Theme, DateRange Period)
{
    /// <summary>Tema (the theme).</summary>
    public string Theme { get; } = Guard.Against.NullOrWhiteSpace(Theme);

    /// <summary>Period (when it is carried out).</summary>
    public DateRange Period { get; } = Guard.Against.OutsideSupportedDates(Period, nameof(Period));

    /// <summary>Beslutad (the day the council decided it); null when not given.</summary>
    public DateOnly? DecidedOn { get; init => field = Guard.Against.OutsideSupportedDates(value, nameof(DecidedOn)); }

    /// <summary>Metoder (how it is carried out, e.g. "webbenkät", "fokusgrupper").</summary>
    public EquatableArray<string> Methods { get; init; }

    /// <summary>Syfte (purpose); null when not given.</summary>
    public string? Purpose { get; init; }
}
