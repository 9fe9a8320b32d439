namespace Trygghet.Domain.Plans;

/// <summary>
/// Målindikator (goal indicator): a measurable statement of a sub-goal, e.g. "Valdeltagandet i kommundelen ökar",
/// with its follow-up methods and the activities (insatser) that contribute to it.
/// </summary>
/// <remarks>Equality is structural.</remarks>
/// <param name="Statement">The indicator as written.</param>
public sealed record Indicator(string Statement)
{
    /// <summary>Indikator (the statement as written in the plan's table).</summary>
    public string Statement { get; } = Guard.Against.NullOrWhiteSpace(Statement);

    /// <summary>Målgrupp (target group note, e.g. "18-26 år"); null when none.</summary>
    public string? TargetGroup { get; init; }

    /// <summary>Uppföljning (follow-up methods); empty when the plan gives none.</summary>
    public EquatableArray<FollowUpMethod> FollowUps { get; init; }

    /// <summary>Insatser (activities for this indicator); empty when none are formulated yet.</summary>
    public EquatableArray<PlanActivity> Activities { get; init; }
}
