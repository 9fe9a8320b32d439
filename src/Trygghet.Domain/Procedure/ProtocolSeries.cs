using System.Collections.Immutable;

namespace Trygghet.Domain.Procedure;

/// <summary>
/// Protokollserie (one body's protocols, checked together, with its record of delegationsbeslut): what no single
/// protocol shows, e.g. whether an urgent decision was reported at the next meeting (KL 6 kap. 39-40 §§) and which
/// later decision reported an uppdrag back.
/// </summary>
/// <remarks>
/// Equality is structural. Every protocol must be of the series' body (same name, ordinal); another body's protocol
/// is refused with an <see cref="ArgumentException"/>. Protocols may be given in any order.
/// </remarks>
public sealed record ProtocolSeries : IDocument
{
    /// <summary>Creates an empty series.</summary>
    /// <param name="body">Organ (the nämnd or utskott whose protocols these are).</param>
    /// <exception cref="ArgumentNullException"><paramref name="body"/> is null.</exception>
    public ProtocolSeries(Body body)
    {
        Body = Guard.Against.Null(body);
    }

    /// <inheritdoc/>
    public DocumentKind Kind => DocumentKind.ProtocolSeries;

    /// <summary>Rubrik ("Protokoll Socialnämnden").</summary>
    public string Title => $"Protokoll {Body.Name}";

    /// <summary>Organ (the body).</summary>
    public Body Body { get; }

    /// <summary>Protokoll (the body's protocols, in any order).</summary>
    public EquatableArray<Protocol> Protocols
    {
        get;
        init
        {
            foreach (var protocol in value)
            {
                Guard.Against.Null(protocol, nameof(value));
                if (!string.Equals(protocol.Meeting.Body.Name, Body.Name, StringComparison.Ordinal))
                {
                    throw DomainGuards.Localized(
                        new ArgumentException($"The protocol of '{protocol.Meeting.Body.Name}' is not one of '{Body.Name}'.", nameof(Protocols)),
                        $"Protokollet från '{protocol.Meeting.Body.Name}' hör inte till '{Body.Name}'.");
                }
            }

            field = value;
        }
    }

    /// <summary>Delegationsbeslut (the decisions taken on the body's behalf, reported or not, in any order).</summary>
    public EquatableArray<DelegatedDecision> DelegatedDecisions
    {
        get;
        init
        {
            foreach (var decision in value)
            {
                Guard.Against.Null(decision, nameof(value));
            }

            field = value;
        }
    }

    /// <summary>Returns a copy with a protocol added.</summary>
    /// <param name="protocol">The protocol.</param>
    /// <returns>The new series.</returns>
    public ProtocolSeries WithProtocol(Protocol protocol) => this with { Protocols = Protocols.Add(protocol) };

    /// <summary>Returns a copy with a delegated decision added.</summary>
    /// <param name="decision">The decision.</param>
    /// <returns>The new series.</returns>
    public ProtocolSeries WithDelegatedDecision(DelegatedDecision decision) => this with { DelegatedDecisions = DelegatedDecisions.Add(decision) };

    /// <summary>
    /// Nästa sammanträde (the first meeting of the series after a day), or null when the series records none.
    /// </summary>
    /// <param name="day">The day.</param>
    /// <returns>The meeting date, or null.</returns>
    public DateOnly? NextMeetingAfter(DateOnly day)
    {
        DateOnly? next = null;
        foreach (var protocol in Protocols)
        {
            var date = protocol.Meeting.Date;
            if (date > day && (next is null || date < next))
            {
                next = date;
            }
        }

        return next;
    }

    /// <summary>
    /// Uppföljning av uppdrag (every uppdrag given in the series' decisions, with the later decision that reported it
    /// back and its status on a day). A later decision closes an uppdrag when it is taken at a later meeting and either
    /// names it (<see cref="Decision.Closes"/> holds the uppdrag's <see cref="Assignment.Reference"/>) or deals with
    /// the same diarienummer (the uppdrag's <see cref="Assignment.CaseNumber"/>, otherwise its paragraph's).
    /// </summary>
    /// <param name="asOf">The day the status is judged on.</param>
    /// <returns>The uppdrag in meeting, paragraph and list order.</returns>
    public ImmutableArray<AssignmentFollowUp> AssignmentFollowUps(DateOnly asOf)
    {
        var result = ImmutableArray.CreateBuilder<AssignmentFollowUp>();
        foreach (var (k, i, j) in Given())
        {
            var followUp = FollowUp(k, i, j);
            result.Add(followUp with { Status = (followUp.Assignment with { ReportedBack = followUp.ReportedBack }).StatusOn(asOf) });
        }

        return result.ToImmutable();
    }

    /// <summary>The follow-up of one uppdrag, by its protocol, paragraph and list index (its status not yet judged).</summary>
    internal AssignmentFollowUp FollowUp(int protocolIndex, int paragraphIndex, int index)
    {
        var protocol = Protocols[protocolIndex];
        var p = protocol.Paragraphs[paragraphIndex];
        var assignment = p.Decision!.Assignments[index];
        var closing = ClosingDecision(protocol.Meeting.Date, p, assignment);
        var reported = Earliest(assignment.ReportedBack, closing?.MeetingDate);
        return new AssignmentFollowUp(protocol.Meeting.Date, p.Number, assignment)
        {
            ClosedBy = closing,
            ReportedBack = reported,
        };
    }

    /// <summary>Every uppdrag as (protocol index, paragraph index, assignment index), meetings in date order.</summary>
    internal IEnumerable<(int Protocol, int Paragraph, int Index)> Given()
    {
        var order = Enumerable.Range(0, Protocols.Count).OrderBy(k => Protocols[k].Meeting.Date);
        foreach (var k in order)
        {
            var paragraphs = Protocols[k].Paragraphs;
            for (var i = 0; i < paragraphs.Count; i++)
            {
                var count = paragraphs[i].Decision?.Assignments.Count ?? 0;
                for (var j = 0; j < count; j++)
                {
                    yield return (k, i, j);
                }
            }
        }
    }

    private ParagraphReference? ClosingDecision(DateOnly given, Paragraph giver, Assignment assignment)
    {
        var caseNumber = assignment.CaseNumber ?? giver.CaseNumber;
        ParagraphReference? best = null;
        foreach (var protocol in Protocols)
        {
            var date = protocol.Meeting.Date;
            if (date <= given || (best is { } b && date >= b.MeetingDate))
            {
                continue;
            }

            foreach (var p in protocol.Paragraphs)
            {
                if (p.Decision is not { } decision)
                {
                    continue;
                }

                var named = assignment.Reference is { } reference && decision.Closes.Items.Contains(reference);
                var sameCase = caseNumber is { } dnr && p.CaseNumber == dnr;
                if (named || sameCase)
                {
                    best = new ParagraphReference(date, p.Number);
                    break;
                }
            }
        }

        return best;
    }

    private static DateOnly? Earliest(DateOnly? a, DateOnly? b) => a is { } x && b is { } y ? (x < y ? x : y) : a ?? b;
}

/// <summary>Hänvisning till en paragraf (a paragraph of a meeting: its date and § number).</summary>
/// <param name="MeetingDate">Sammanträdesdatum.</param>
/// <param name="Paragraph">Paragrafnummer.</param>
public sealed record ParagraphReference(DateOnly MeetingDate, int Paragraph);

/// <summary>Uppdragets uppföljning (an uppdrag of a series, with the decision that reported it back and its status).</summary>
/// <param name="MeetingDate">Sammanträdet där uppdraget gavs (the meeting that gave it).</param>
/// <param name="Paragraph">Paragrafen som gav uppdraget (the § number).</param>
/// <param name="Assignment">Uppdraget (as recorded).</param>
public sealed record AssignmentFollowUp(DateOnly MeetingDate, int Paragraph, Assignment Assignment)
{
    /// <summary>Avslutat genom (the later decision of the series that reported it back), or null.</summary>
    public ParagraphReference? ClosedBy { get; init; }

    /// <summary>Återrapporterat (the recorded day or the closing meeting's, whichever is first), or null.</summary>
    public DateOnly? ReportedBack { get; init; }

    /// <summary>Läget (open, reported back or overdue) on the day asked.</summary>
    public AssignmentStatus Status { get; init; }
}
