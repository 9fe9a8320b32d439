namespace Trygghet.Domain.Plans;

/// <summary>Uppföljningsstatus (status of one follow-up period as of a date).</summary>
public enum FollowUpStatus
{
    /// <summary>Kommande (the period has not started as of the date).</summary>
    Upcoming,

    /// <summary>Pågår (the period is running and no follow-up is recorded in it yet).</summary>
    Due,

    /// <summary>Uppfylld (a follow-up is recorded inside the period, on or before the date).</summary>
    Met,

    /// <summary>Missad (the period has ended before the date without a recorded follow-up).</summary>
    Missed,
}
