using Trygghet.Domain.Common;

namespace Trygghet.Domain.Plans;

/// <summary>Uppföljningsperiod (one period in which a follow-up is due, with its status as of a date).</summary>
/// <param name="Period">The period; the follow-up is due by its last day.</param>
/// <param name="Status">The status as of the date.</param>
/// <param name="MetOn">The first recorded follow-up inside the period, when met; otherwise null.</param>
public readonly record struct FollowUpPeriodStatus(DateRange Period, FollowUpStatus Status, DateOnly? MetOn)
{
    /// <summary>Senast (the due date: the period's last day).</summary>
    public DateOnly DueDate => Period.End;
}
