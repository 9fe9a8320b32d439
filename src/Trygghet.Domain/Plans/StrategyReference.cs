namespace Trygghet.Domain.Plans;

/// <summary>Strategi (the strategy a handlingsplan realises), e.g. "Strategi för en socialt hållbar kommun" with its case number.</summary>
/// <remarks>Equality is structural.</remarks>
public sealed record StrategyReference
{
    /// <summary>Creates a strategy reference.</summary>
    /// <param name="title">The strategy's title.</param>
    public StrategyReference(string title)
    {
        Title = Guard.Against.NullOrWhiteSpace(title);
    }

    /// <summary>Rubrik (the strategy's title).</summary>
    public string Title { get; }

    /// <summary>Diarienummer; null when not given.</summary>
    public CaseNumber? CaseNumber { get; init; }

    /// <summary>Antagen av (the body that adopted it); null when not given.</summary>
    public string? AdoptedBy { get; init; }

    /// <summary>Antagen (the day it was adopted); null when not given.</summary>
    public DateOnly? AdoptedOn { get; init => field = Guard.Against.OutsideSupportedDates(value, nameof(AdoptedOn)); }
}
