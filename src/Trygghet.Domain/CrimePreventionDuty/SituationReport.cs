namespace Trygghet.Domain.CrimePreventionDuty;

/// <summary>
/// Lägesbild (4 §: the municipality's picture of crime within its area). The act requires three parts: a
/// kartläggning of crime, its extent and consequences (point 1), other relevant information (point 2), and an
/// analysis of both (point 3). Each part is recorded as present or absent, with its sources; a part left null is
/// not recorded.
/// </summary>
/// <remarks>Equality is structural.</remarks>
/// <param name="Id">An id unique within the file, e.g. "LB-2024", that plans refer to.</param>
/// <param name="Date">The day it was completed (fastställd).</param>
/// <param name="Area">The area it covers, e.g. "Hela kommunen".</param>
/// <exception cref="ArgumentException">A text is empty.</exception>
public sealed record SituationReport(string Id, DateOnly Date, string Area)
{
    /// <summary>Id (the lägesbild's id within the file).</summary>
    public string Id { get; } = Guard.Against.NullOrWhiteSpace(Id);

    /// <summary>Datum (the day it was completed).</summary>
    public DateOnly Date { get; } = Date;

    /// <summary>Geografiskt område (the area it covers).</summary>
    public string Area { get; } = Guard.Against.NullOrWhiteSpace(Area);

    /// <summary>Rubrik (the title as written); null when not given.</summary>
    public string? Title { get; init; }

    /// <summary>Kartläggning (4 § point 1: crime, its extent and consequences); null when not recorded.</summary>
    public SituationReportPart? Mapping { get; init; }

    /// <summary>Annan information av betydelse (4 § point 2: other relevant information); null when not recorded.</summary>
    public SituationReportPart? OtherInformation { get; init; }

    /// <summary>Analys (4 § point 3: an analysis of the mapping and the information); null when not recorded.</summary>
    public SituationReportPart? Analysis { get; init; }

    /// <summary>Identifierade problem (the problems the lägesbild identifies; measures refer to them by id).</summary>
    /// <exception cref="ArgumentException">Two problems share an id.</exception>
    public EquatableArray<IdentifiedProblem> Problems
    {
        get;
        init => field = DutyGuard.UniqueIds(value, p => p.Id, nameof(Problems));
    }

    /// <summary>The three parts in the order of 4 § (point 1, 2, 3); null where not recorded.</summary>
    /// <returns>Three parts.</returns>
    public IReadOnlyList<SituationReportPart?> Parts() => [Mapping, OtherInformation, Analysis];
}

/// <summary>Del av lägesbilden (one of the three parts 4 § requires), present or absent, with its sources.</summary>
/// <remarks>Equality is structural.</remarks>
/// <param name="Present">True when the lägesbild contains the part; false when it is recorded as missing.</param>
public sealed record SituationReportPart(bool Present)
{
    /// <summary>Källor (the sources, e.g. "Polisens anmälningsstatistik", "Skolenkät åk 9").</summary>
    public EquatableArray<string> Sources { get; init; }

    /// <summary>Sammanfattning (a short summary); null when not given.</summary>
    public string? Summary { get; init; }
}

/// <summary>Identifierat problem (a problem a lägesbild identifies, e.g. "Otrygghet i centrum kvällstid").</summary>
/// <remarks>Equality is structural.</remarks>
/// <param name="Id">An id unique within the lägesbild, e.g. "P1".</param>
/// <param name="Description">What the problem is.</param>
/// <exception cref="ArgumentException">A text is empty.</exception>
public sealed record IdentifiedProblem(string Id, string Description)
{
    /// <summary>Id (the problem's id within its lägesbild).</summary>
    public string Id { get; } = Guard.Against.NullOrWhiteSpace(Id);

    /// <summary>Beskrivning (what the problem is).</summary>
    public string Description { get; } = Guard.Against.NullOrWhiteSpace(Description);
}
