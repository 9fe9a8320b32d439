namespace Trygghet.Domain.Plans;

/// <summary>Strategi (the strategy a handlingsplan realises), e.g. "Strategi för en socialt hållbar kommun" with its case number.</summary>
/// <remarks>Equality is structural.</remarks>
/// <param name="Title">The strategy's title.</param>
public sealed record StrategyReference(string Title)
{
    /// <summary>Rubrik (the strategy's title).</summary>
    public string Title { get; } = Guard.Against.NullOrWhiteSpace(Title);

    /// <summary>Diarienummer; null when not given.</summary>
    public CaseNumber? CaseNumber { get; init; }

    /// <summary>Antagen av (the body that adopted it); null when not given.</summary>
    public string? AdoptedBy { get; init; }

    /// <summary>Antagen (the day it was adopted); null when not given.</summary>
    public DateOnly? AdoptedOn { get; init => field = Guard.Against.OutsideSupportedDates(value, nameof(AdoptedOn)); }
}
