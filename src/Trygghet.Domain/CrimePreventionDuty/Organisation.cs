namespace Trygghet.Domain.CrimePreventionDuty;

/// <summary>
/// Samordningsfunktion (11-12 §: the municipality's coordination function for crime prevention). 12 § gives it three
/// tasks: to coordinate and support the work under the act (point 1), to be the municipality's contact point for
/// external actors (point 2), and to help spread information on the work to residents and others (point 3). Each
/// task is recorded as assigned (true), not assigned (false) or not recorded (null).
/// </summary>
/// <remarks>Equality is structural.</remarks>
/// <param name="Holder">Who holds it, e.g. "Brottsförebyggande samordnare, kommunledningsförvaltningen".</param>
/// <exception cref="ArgumentException">The holder is empty.</exception>
public sealed record CoordinationFunction(string Holder)
{
    /// <summary>Innehavare (who holds the function).</summary>
    public string Holder { get; } = Guard.Against.NullOrWhiteSpace(Holder);

    /// <summary>Från (the day the function was established); null when not recorded.</summary>
    public DateOnly? From { get; init; }

    /// <summary>12 § point 1: coordinates and supports the work under the act; null when not recorded.</summary>
    public bool? Coordinates { get; init; }

    /// <summary>12 § point 2: is the contact point for external actors; null when not recorded.</summary>
    public bool? ContactPoint { get; init; }

    /// <summary>12 § point 3: helps spread information to residents and others; null when not recorded.</summary>
    public bool? Informs { get; init; }

    /// <summary>The three tasks in the order of 12 § (point 1, 2, 3); null where not recorded.</summary>
    /// <returns>Three values.</returns>
    public IReadOnlyList<bool?> Tasks() => [Coordinates, ContactPoint, Informs];
}

/// <summary>
/// Strategiskt råd (10 §: a forum for strategic crime-prevention questions where the municipality and relevant actors
/// take part, led by the municipality; the other actors are to take part with representatives in leading positions).
/// </summary>
/// <remarks>Equality is structural.</remarks>
/// <param name="Name">The council's name, e.g. "Brottsförebyggande rådet i Exempelby".</param>
/// <exception cref="ArgumentException">The name is empty.</exception>
public sealed record StrategicCouncil(string Name)
{
    /// <summary>Namn (the council's name).</summary>
    public string Name { get; } = Guard.Against.NullOrWhiteSpace(Name);

    /// <summary>Leds av kommunen (true when the municipality leads it); null when not recorded.</summary>
    public bool? LedByMunicipality { get; init; }

    /// <summary>Ordförande (who chairs it, e.g. "Kommunstyrelsens ordförande"); null when not given.</summary>
    public string? Chair { get; init; }

    /// <summary>Ledamöter (the members: each actor and its representative).</summary>
    public EquatableArray<CouncilMember> Members { get; init; }
}

/// <summary>Rådsledamot (an actor's representative in the strategic council).</summary>
/// <remarks>Equality is structural.</remarks>
/// <param name="Organisation">The actor, e.g. "Polisen, lokalpolisområde Exempelby".</param>
/// <param name="Position">The representative's position, e.g. "Lokalpolisområdeschef".</param>
/// <exception cref="ArgumentException">A text is empty.</exception>
public sealed record CouncilMember(string Organisation, string Position)
{
    /// <summary>Aktör (the organisation).</summary>
    public string Organisation { get; } = Guard.Against.NullOrWhiteSpace(Organisation);

    /// <summary>Befattning (the representative's position).</summary>
    public string Position { get; } = Guard.Against.NullOrWhiteSpace(Position);

    /// <summary>Kommunen (true when the member represents the municipality itself).</summary>
    public bool Municipal { get; init; }

    /// <summary>Ledande befattning (true when the position is a leading one); null when not recorded.</summary>
    public bool? LeadingPosition { get; init; }
}

/// <summary>Rapport till kommunfullmäktige (13 §: a report on the crime-prevention work to the council).</summary>
/// <remarks>Equality is structural.</remarks>
/// <param name="Date">The day kommunfullmäktige received it (the meeting it was reported at).</param>
/// <param name="Subject">What was reported, e.g. "Uppföljning av åtgärdsplanen 2024".</param>
/// <exception cref="ArgumentException">The subject is empty.</exception>
public sealed record CouncilReporting(DateOnly Date, string Subject)
{
    /// <summary>Datum (the day kommunfullmäktige received the report).</summary>
    public DateOnly Date { get; } = Date;

    /// <summary>Ämne (what was reported).</summary>
    public string Subject { get; } = Guard.Against.NullOrWhiteSpace(Subject);

    /// <summary>Rapporterat av (the body that reported, e.g. "Kommunstyrelsen"); null when not given.</summary>
    public string? ReportedBy { get; init; }

    /// <summary>Paragraf (the fullmäktige paragraph, e.g. "§ 45"); null when not given.</summary>
    public string? Paragraph { get; init; }
}

/// <summary>
/// Länk till en samverkansöverenskommelse (9 §: a written cooperation agreement the municipality entered into, e.g.
/// with the local police area; the agreement itself is a <see cref="Agreements.CooperationAgreement"/> document,
/// validated on its own).
/// </summary>
/// <remarks>Equality is structural.</remarks>
/// <param name="Title">The agreement's title.</param>
/// <exception cref="ArgumentException">The title is empty.</exception>
public sealed record AgreementLink(string Title)
{
    /// <summary>Rubrik (the agreement's title).</summary>
    public string Title { get; } = Guard.Against.NullOrWhiteSpace(Title);

    /// <summary>Diarienummer (the agreement's case number); null when not given.</summary>
    public CaseNumber? CaseNumber { get; init; }

    /// <summary>Parter (the other parties, e.g. "Lokalpolisområde Exempelby").</summary>
    public EquatableArray<string> Partners { get; init; }

    /// <summary>Giltighetstid (the agreement's validity, inclusive); null when not recorded.</summary>
    public DateRange? Validity { get; init; }
}
