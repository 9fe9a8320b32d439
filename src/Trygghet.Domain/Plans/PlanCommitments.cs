namespace Trygghet.Domain.Plans;

/// <summary>
/// Planens åtaganden om sin uppbyggnad (what the plan itself commits its structure to): that every sub-goal has
/// indicators and activities, that every indicator is followed up at a stated interval, that every activity has a
/// time and someone responsible. A structure rule applies only to what the plan declares here; the default
/// (<see cref="None"/>) declares nothing, so no structure rule applies.
/// </summary>
/// <remarks>Equality is structural.</remarks>
public sealed record PlanCommitments
{
    /// <summary>No declared structure: no structure rule applies.</summary>
    public static PlanCommitments None { get; } = new();

    /// <summary>Varje delmål har målindikatorer (the plan states that its sub-goals are measured by indicators).</summary>
    public bool EverySubGoalHasIndicators { get; init; }

    /// <summary>Varje delmål har insatser (the plan states that every sub-goal has activities).</summary>
    public bool EverySubGoalHasActivities { get; init; }

    /// <summary>Varje målindikator följs upp (the plan states that every indicator has a follow-up method).</summary>
    public bool EveryIndicatorIsFollowedUp { get; init; }

    /// <summary>Uppföljningens intervall anges (the plan states how often each follow-up method is carried out).</summary>
    public bool EveryFollowUpHasInterval { get; init; }

    /// <summary>Varje insats är tidsatt (the plan states that every activity has a time).</summary>
    public bool EveryActivityIsTimeBound { get; init; }

    /// <summary>Varje insats har en ansvarig (the plan states that every activity has an owner, someone responsible for it).</summary>
    public bool EveryActivityHasOwner { get; init; }
}
