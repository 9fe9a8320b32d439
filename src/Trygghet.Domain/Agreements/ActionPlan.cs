namespace Trygghet.Domain.Agreements;

/// <summary>
/// Åtgärdsplan (action plan) attached to a samverkansöverenskommelse: what is to be done, by whom, and how it
/// is followed up. Some agreements number their measures by area ("Insats A:N"); others describe the work inside
/// each area and have no numbered measures.
/// </summary>
/// <remarks>Equality is structural.</remarks>
/// <param name="Title">Rubrik, e.g. "Åtgärdsplan 2022".</param>
public sealed record ActionPlan(string Title)
{
    /// <summary>Rubrik (the title).</summary>
    public string Title { get; } = Guard.Against.NullOrWhiteSpace(Title);

    /// <summary>Datum (the plan's date); null when not stated.</summary>
    public DateOnly? Date { get; init => field = Guard.Against.OutsideSupportedDates(value, nameof(Date)); }

    /// <summary>Inledning (general statements, e.g. "Insatserna ska bedrivas under hela samverkansperioden om inget annat nämns.").</summary>
    public EquatableArray<string> Statements { get; init; }

    /// <summary>Insatser (the numbered measures in the order written).</summary>
    public EquatableArray<Measure> Measures { get; init; }
}
