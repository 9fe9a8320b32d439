using Trygghet.Domain.Procedure.Facts;

namespace Trygghet.Domain.Procedure;

/// <summary>
/// Fakta ur en protokollserie (turns a series into the facts the rules match): each delegated decision, and its appeal
/// clock as a notice in a chain of its own (the chain id is the decision's path), so that the procedure rules derive
/// its appeal period and final day exactly as for a protocol (<see cref="ProcedureDeadlines"/>). The clock runs from
/// the notice of the protocol of the meeting where the decision was reported, or from the decision's own notice when
/// it is not reported (KL 13 kap. 5 §, 6 kap. 40 §, 8 kap. 10 § 3). Each uppdrag with a day to report back is an
/// <see cref="AssignmentDue"/> reported back by the first later decision of the series that closes it
/// (<see cref="ProtocolSeries.AssignmentFollowUps"/>). The protocols' other facts are not repeated: validate each
/// protocol for those.
/// </summary>
internal static class ProtocolSeriesFacts
{
    /// <summary>The facts of a series.</summary>
    /// <param name="series">The series.</param>
    /// <returns>The facts.</returns>
    public static IEnumerable<object> From(ProtocolSeries series)
    {
        Guard.Against.Null(series);
        return Enumerate(series);
    }

    private static IEnumerable<object> Enumerate(ProtocolSeries series)
    {
        // uppdrag reported back by a later decision of the series: the document rule on overdue uppdrag judges them
        foreach (var (k, i, j) in series.Given())
        {
            var followUp = series.FollowUp(k, i, j);
            if (followUp.Assignment.Due is { } due)
            {
                yield return new AssignmentDue(followUp.Paragraph, followUp.Assignment.Assignee, due, followUp.ReportedBack, JsonPath.Item(JsonPath.Member(JsonPath.Item(JsonPath.Item(JsonPath.Root, "protocols", k), "paragraphs", i), "decision"), "assignments", j));
            }
        }

        for (var i = 0; i < series.DelegatedDecisions.Count; i++)
        {
            var d = series.DelegatedDecisions[i];
            var path = JsonPath.Item(JsonPath.Root, "delegatedDecisions", i);
            yield return new DelegatedDecisionRecorded(
                d.Date, d.Delegate, d.Matter, d.Basis, d.MatterKind, d.IsAppealable, d.NotReported, d.ReportedAt, series.NextMeetingAfter(d.Date), d.Notice is not null, path);
            if (!d.IsAppealable)
            {
                continue;
            }

            if (d.Notice is { } own)
            {
                yield return new NoticePosted(path, own.Posted, own.Removed, JsonPath.Member(JsonPath.Member(path, "notice"), "posted"));
                if (own.Removed is { } removed)
                {
                    yield return new NoticeRemoved(path, removed, JsonPath.Member(JsonPath.Member(path, "notice"), "removed"));
                }
            }
            else if (d.ReportedAt is { } reported && ReportingProtocol(series, reported) is ({ } notice, var k))
            {
                yield return new NoticePosted(path, notice.Posted, notice.Removed, JsonPath.Member(JsonPath.Member(JsonPath.Item(JsonPath.Root, "protocols", k), "notice"), "posted"));
            }
        }
    }

    /// <summary>The notice of the series' protocol of a meeting day and that protocol's index, or (null, -1).</summary>
    private static (Notice? Notice, int Index) ReportingProtocol(ProtocolSeries series, DateOnly meeting)
    {
        for (var k = 0; k < series.Protocols.Count; k++)
        {
            if (series.Protocols[k].Meeting.Date == meeting)
            {
                return (series.Protocols[k].Notice, k);
            }
        }

        return (null, -1);
    }
}
