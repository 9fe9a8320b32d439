using Trygghet.Domain.Rules;

namespace Trygghet.Domain.Plans.Facts;

/// <summary>Fakta om ett delmål (a sub-goal of a plan).</summary>
/// <param name="Path">JSON path of the sub-goal, e.g. <c>$.focusAreas[0].subGoals[0]</c>.</param>
/// <param name="Number">The sub-goal's number.</param>
/// <param name="Name">The sub-goal's name.</param>
/// <param name="IndicatorCount">How many indicators it has.</param>
/// <param name="ActivityCount">How many activities its indicators have in all.</param>
/// <param name="Commitments">What the plan declares about its structure.</param>
public sealed record SubGoalFact(string Path, int Number, string Name, int IndicatorCount, int ActivityCount, PlanCommitments Commitments) : IFact;

/// <summary>Fakta om en målindikator (an indicator).</summary>
/// <param name="Path">JSON path of the indicator, e.g. <c>$.focusAreas[0].subGoals[0].indicators[2]</c>.</param>
/// <param name="Statement">The indicator as written.</param>
/// <param name="FollowUpCount">How many follow-up methods it has.</param>
/// <param name="Commitments">What the plan declares about its structure.</param>
public sealed record IndicatorFact(string Path, string Statement, int FollowUpCount, PlanCommitments Commitments) : IFact;

/// <summary>Fakta om en uppföljningsmetod (a follow-up method of an indicator) with the plan's span.</summary>
/// <param name="Path">JSON path of the method, e.g. <c>$.focusAreas[0].subGoals[0].indicators[2].followUps[0]</c>.</param>
/// <param name="Description">The method as written.</param>
/// <param name="Cadence">Its cadence.</param>
/// <param name="PlanSpan">The plan's span; null when the plan has none.</param>
/// <param name="Recorded">Days on which the follow-up was carried out.</param>
/// <param name="Commitments">What the plan declares about its structure.</param>
public sealed record FollowUpMethodFact(
    string Path, string Description, FollowUpCadence Cadence, DateRange? PlanSpan, EquatableArray<DateOnly> Recorded, PlanCommitments Commitments) : IFact;

/// <summary>Fakta om en insats (an activity) with the plan's span.</summary>
/// <param name="Path">JSON path of the activity, e.g. <c>$.focusAreas[1].activities[0]</c>.</param>
/// <param name="Description">What is to be done.</param>
/// <param name="Period">The activity's period; null when not time-bound.</param>
/// <param name="Owner">The owner; null when none.</param>
/// <param name="PlanSpan">The plan's span; null when the plan has none.</param>
/// <param name="Commitments">What the plan declares about its structure.</param>
public sealed record PlanActivityFact(string Path, string Description, DateRange? Period, string? Owner, DateRange? PlanSpan, PlanCommitments Commitments) : IFact;

/// <summary>
/// Fakta om en brottsförebyggande åtgärdsplan (a plan under Lag (2023:196) 5 §), present only for such plans.
/// </summary>
/// <param name="Path">JSON path of the plan's follow-ups: <c>$.planFollowUps</c>.</param>
/// <param name="DutyFrom">The day the duty to follow up starts: the adoption day (or the span's start), not before 2023-07-01.</param>
/// <param name="FollowUps">Days the plan as a whole was followed up.</param>
public sealed record StatutoryPlanFact(string Path, DateOnly DutyFrom, EquatableArray<DateOnly> FollowUps) : IFact;
