using System.Globalization;

namespace Trygghet.Domain.Procedure;

/// <summary>Delegeringsgrund (the mandate a delegated decision was taken under).</summary>
public enum DelegationBasis
{
    /// <summary>Delegering till presidiet, ett utskott, en ledamot eller en ersättare (KL 6 kap. 37 §).</summary>
    Delegation,

    /// <summary>Delegering till en anställd, direkt eller vidare från förvaltningschefen (KL 7 kap. 5-6 §§).</summary>
    Employee,

    /// <summary>Brådskande ärende, beslutat av ordföranden eller en utsedd ledamot (KL 6 kap. 39 §): anmäls vid nämndens nästa sammanträde.</summary>
    Urgent,
}

/// <summary>
/// Ärendets art i delegeringshänseende (whether the matter is of a kind KL 6 kap. 38 § forbids delegating).
/// </summary>
public enum DelegatedMatterKind
{
    /// <summary>Ett ärende som får delegeras (the default).</summary>
    Delegable,

    /// <summary>Verksamhetens mål, inriktning, omfattning eller kvalitet (6 kap. 38 § 1).</summary>
    GoalsOrDirection,

    /// <summary>Framställning eller yttrande till fullmäktige, eller yttrande över ett överklagat beslut av nämnden i dess helhet eller av fullmäktige (6 kap. 38 § 2).</summary>
    StatementToCouncil,

    /// <summary>Myndighetsutövning mot enskilda av principiell beskaffenhet eller annars av större vikt (6 kap. 38 § 3).</summary>
    MajorAuthorityExercise,

    /// <summary>Ett ärende som väckts genom medborgarförslag och lämnats över till nämnden (6 kap. 38 § 4).</summary>
    CitizenProposal,

    /// <summary>Ett ärende som enligt lag eller annan författning inte får delegeras (6 kap. 38 § 5).</summary>
    ExcludedByLaw,
}

/// <summary>
/// Delegationsbeslut (a decision taken on the nämnd's behalf under delegation: who, when, which matter, under which
/// point of the delegationsordning), with how it reaches the nämnd: reported at a meeting (anmälan, KL 6 kap. 40 §,
/// 7 kap. 8 §), or, when the nämnd decided it is not to be reported, recorded separately and, when appealable,
/// announced on the notice board (KL 8 kap. 10 § 3).
/// </summary>
/// <remarks>
/// Its appeal period (KL 13 kap. 5 §) runs from the notice of the protocol of the meeting where it was reported, or
/// from its own notice when it is not reported. Equality compares all values.
/// </remarks>
public sealed record DelegatedDecision
{
    /// <summary>Creates a delegated decision.</summary>
    /// <param name="delegate">Delegat (who decided, as written: "förvaltningschefen", "ordföranden").</param>
    /// <param name="date">Beslutsdatum (the day decided).</param>
    /// <param name="matter">Ärende (the matter as written).</param>
    /// <exception cref="ArgumentException">The delegate or the matter is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The date lies outside the supported dates.</exception>
    public DelegatedDecision(string @delegate, DateOnly date, string matter)
    {
        Delegate = Guard.Against.EmptyText(@delegate, nameof(@delegate));
        Date = Guard.Against.OutsideSupportedDates(date, nameof(date));
        Matter = Guard.Against.EmptyText(matter, nameof(matter));
    }

    /// <summary>Delegat (who decided).</summary>
    public string Delegate { get; }

    /// <summary>Beslutsdatum (the day decided).</summary>
    public DateOnly Date { get; }

    /// <summary>Ärende (the matter as written).</summary>
    public string Matter { get; }

    /// <summary>Diarienummer (the case number), or null.</summary>
    public CaseNumber? CaseNumber { get; init; }

    /// <summary>Punkt i delegationsordningen (the delegation point, e.g. "3.2"), or null when not recorded.</summary>
    public string? DelegationPoint { get; init; }

    /// <summary>Delegeringsgrund (delegation to elected members, to an employee, or an urgent decision). Default <see cref="DelegationBasis.Delegation"/>.</summary>
    public DelegationBasis Basis { get; init; }

    /// <summary>Ärendets art (whether KL 6 kap. 38 § forbids delegating it). Default <see cref="DelegatedMatterKind.Delegable"/>.</summary>
    public DelegatedMatterKind MatterKind { get; init; }

    /// <summary>
    /// Beslutets art (ordinary, purely preparatory or purely executive): a purely preparatory or executive decision
    /// cannot be appealed (KL 13 kap. 2 § 2) and gets no appeal period. Default <see cref="DecisionNature.Ordinary"/>.
    /// </summary>
    public DecisionNature Nature { get; init; }

    /// <summary>
    /// Anmäls inte (the nämnd decided that decisions of this kind are not reported to it, KL 6 kap. 40 §, 7 kap. 8 §):
    /// the decision is recorded separately and, when appealable, announced on the notice board. Urgent decisions
    /// (6 kap. 39 §) are always reported.
    /// </summary>
    public bool NotReported { get; init; }

    /// <summary>Anmält vid sammanträdet (the day of the meeting it was reported at), or null while not reported.</summary>
    public DateOnly? ReportedAt
    {
        get;
        init
        {
            Guard.Against.OutsideSupportedDates(value, nameof(ReportedAt));
            field = value is { } r && r < Date
                ? throw DomainGuards.OutOfRange(
                    nameof(ReportedAt),
                    r,
                    string.Create(CultureInfo.InvariantCulture, $"Beslutet kan inte anmälas ({r:yyyy-MM-dd}) före beslutsdagen ({Date:yyyy-MM-dd})."),
                    string.Create(CultureInfo.InvariantCulture, $"The decision cannot be reported ({r:yyyy-MM-dd}) before the day it was taken ({Date:yyyy-MM-dd})."))
                : value;
        }
    }

    /// <summary>
    /// Tillkännagivande på anslagstavlan (the notice of a decision not reported, KL 8 kap. 10 § 3), or null; its
    /// appeal period runs from this notice.
    /// </summary>
    public Notice? Notice { get; init; }

    /// <summary>True when the decision can be appealed by laglighetsprövning (an ordinary decision, KL 13 kap. 2 § 2).</summary>
    public bool IsAppealable => Nature == DecisionNature.Ordinary;
}
