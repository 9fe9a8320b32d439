namespace Trygghet.Domain.Plans;

/// <summary>Tidsättning (how an activity's period relates to its plan's span).</summary>
public enum ActivityTimingStatus
{
    /// <summary>Ej tidsatt (the activity has no period).</summary>
    NoPeriod,

    /// <summary>Planen saknar period (the activity has a period but the plan has no span to check it against).</summary>
    NoPlanSpan,

    /// <summary>Inom planperioden (the activity lies inside the plan's span).</summary>
    InsideSpan,

    /// <summary>Utanför planperioden (the activity starts before or ends after the plan's span).</summary>
    OutsideSpan,
}

/// <summary>Pure check of an activity's timing against its plan's span.</summary>
public static class ActivityTiming
{
    /// <summary>Classifies an activity's period against a plan span.</summary>
    /// <param name="activityPeriod">The activity's period, or null.</param>
    /// <param name="planSpan">The plan's span, or null.</param>
    /// <returns>The timing status.</returns>
    public static ActivityTimingStatus Evaluate(DateRange? activityPeriod, DateRange? planSpan) =>
        activityPeriod is not { } period ? ActivityTimingStatus.NoPeriod
        : planSpan is not { } span ? ActivityTimingStatus.NoPlanSpan
        : span.Contains(period) ? ActivityTimingStatus.InsideSpan
        : ActivityTimingStatus.OutsideSpan;
}
