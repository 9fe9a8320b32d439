namespace Trygghet.Domain.Agreements;

/// <summary>
/// Insats (measure) in an åtgärdsplan: "Insats 1:3" with its description, the parties carrying it out, its
/// period and its follow-up texts. <see cref="AreaNumber"/> is the area the measure stands under in the plan;
/// <see cref="Number"/> is the number written on it, which should (but need not) name the same area.
/// </summary>
/// <remarks>Equality is structural.</remarks>
public sealed record Measure
{
    /// <summary>Creates a measure.</summary>
    /// <param name="areaNumber">The number of the samverkansområde the measure stands under, at least 1.</param>
    /// <param name="number">The number written on it, e.g. 3:6.</param>
    /// <param name="description">The measure as written.</param>
    public Measure(int areaNumber, MeasureNumber number, string description)
    {
        Guard.Against.InvalidArgument(number == default, nameof(number), "En insats har ett nummer (t.ex. 1:3).", "A measure needs a number (e.g. 1:3).");

        AreaNumber = Guard.Against.Below(areaNumber, 1);
        Number = number;
        Description = Guard.Against.NullOrWhiteSpace(description);
    }

    /// <summary>Område (the number of the area the measure stands under).</summary>
    public int AreaNumber { get; }

    /// <summary>Insatsnummer (the number written on the measure).</summary>
    public MeasureNumber Number { get; }

    /// <summary>Beskrivning (the measure as written).</summary>
    public string Description { get; }

    /// <summary>Rubrik (the label as written); defaults to "Insats A:N", and setting null restores that default.</summary>
    /// <exception cref="ArgumentException">The label is empty or white space.</exception>
    public string Label
    {
        get => field ?? "Insats " + Number.Text;
        init
        {
            if (value is not null)
            {
                Guard.Against.NullOrWhiteSpace(value, nameof(Label));
            }

            field = value;
        }
    }

    /// <summary>
    /// Ansvariga parter (the parties that carry the measure out). Agreements seldom have a column for this: it is
    /// read from the measure's text ("Polis och kommun deltar ...").
    /// </summary>
    public EquatableArray<PartyKind> Responsible { get; init; }

    /// <summary>Period (when the measure runs, as written, e.g. "med start hösten 2021"); null when it states none (then it runs for the agreement's validity).</summary>
    public string? Period { get; init; }

    /// <summary>Uppföljning (follow-up texts written under the measure, in order).</summary>
    public EquatableArray<FollowUpNote> FollowUps { get; init; }
}
