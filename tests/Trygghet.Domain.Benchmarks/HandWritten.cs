using System.Collections.Immutable;
using Trygghet.Domain.Common;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Rules.Runtime;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.Benchmarks;

/// <summary>
/// The benchmark rules written by hand in plain C#: index by key with dictionaries, loop, build the same findings
/// (same message formatting, same explanation) as the engine. The baseline the engine is measured against.
/// </summary>
public sealed class HandWritten
{
    private readonly Dictionary<string, RuleMetadata> meta;

    public HandWritten(IEnumerable<Rule> rules) => meta = rules.ToDictionary(r => r.Metadata.Id, r => r.Metadata);

    public List<Finding> Run(object[] facts)
    {
        var findings = new List<Finding>();
        var meetings = new Dictionary<int, Meeting>();
        var bodies = new Dictionary<int, Body>();
        var protocols = new Dictionary<int, List<Protocol>>();
        var paragraphs = new Dictionary<int, List<Paragraph>>();
        var attendances = new List<Attendance>();
        var allProtocols = new List<Protocol>();
        var allParagraphs = new List<Paragraph>();
        foreach (var fact in facts)
        {
            switch (fact)
            {
                case Meeting m: meetings[m.Id] = m; break;
                case Body b: bodies[b.Id] = b; break;
                case Protocol p: allProtocols.Add(p); Add(protocols, p.MeetingId, p); break;
                case Paragraph q: allParagraphs.Add(q); Add(paragraphs, q.MeetingId, q); break;
                case Attendance a: attendances.Add(a); break;
            }
        }

        foreach (var p in allProtocols)
        {
            if (p.Attested is null)
            {
                Report(findings, "PROTO-NOT-ATTESTED", p.Path, [p], p.MeetingId, "");
            }

            if (p.Posted is null)
            {
                Report(findings, "PROTO-NOT-POSTED", p.Path, [p], p.MeetingId, "");
            }

            if (p.Posted < p.Attested)
            {
                Report(findings, "PROTO-POSTED-EARLY", p.Path, [p], p.MeetingId, p.Posted);
            }

            if (p.Path.Length == 0)
            {
                Report(findings, "PROTO-PATH", p.Path, [p], p.MeetingId, "");
            }

            if (meetings.TryGetValue(p.MeetingId, out var m))
            {
                if (p.Attested > m.Date.AddDays(14))
                {
                    Report(findings, "ATTEST-LATE", p.Path, [p, m], m.Id, p.Attested);
                }

                if (p.Attested < m.Date)
                {
                    Report(findings, "ATTEST-BEFORE", p.Path, [p, m], m.Id, p.Attested);
                }
            }
            else
            {
                Report(findings, "PROTOCOL-NO-MEETING", p.Path, [p], p.MeetingId, "");
            }

            if (p.Attested is null && paragraphs.TryGetValue(p.MeetingId, out var qs))
            {
                foreach (var q in qs)
                {
                    if (!q.HasDecision)
                    {
                        Report(findings, "UNATTESTED-UNDECIDED", q.Path, [p, q], p.MeetingId, q.Number);
                    }
                }
            }

            if (p.Attested is { } attested)
            {
                var deadline = new NoticeDeadline(p.MeetingId, attested.AddDays(2));
                foreach (var other in protocols[p.MeetingId])
                {
                    if (other.Posted > deadline.Date)
                    {
                        Report(findings, "NOTICE-LATE", other.Path, [deadline, other], deadline.MeetingId, deadline.Date);
                    }
                }
            }
        }

        foreach (var q in allParagraphs)
        {
            if (!q.HasDecision)
            {
                Report(findings, "PARA-NO-DECISION", q.Path, [q], q.MeetingId, q.Number);
            }

            if (q.Number <= 0)
            {
                Report(findings, "PARA-NUMBER", q.Path, [q], q.MeetingId, q.Number);
            }

            if (q.Number > 60 && meetings.TryGetValue(q.MeetingId, out var m))
            {
                Report(findings, "PARA-MANY", q.Path, [q, m], m.Id, q.Number);
            }
        }

        foreach (var m in meetings.Values)
        {
            if (m.Date.DayOfWeek == DayOfWeek.Sunday)
            {
                Report(findings, "MEETING-WEEKEND", "meeting", [m], m.Id, m.Date);
                if (bodies.TryGetValue(m.BodyId, out var b) && b.Members < 5)
                {
                    Report(findings, "SMALL-BODY-SUNDAY", "meeting", [m, b], m.Id, b.Members);
                }
            }

            if (m.Date > BenchmarkRules.AsOf)
            {
                Report(findings, "MEETING-FUTURE", "meeting", [m], m.Id, m.Date);
            }

            if (!protocols.ContainsKey(m.Id))
            {
                Report(findings, "MEETING-NO-PROTOCOL", "meeting", [m], m.Id, m.Date);
            }
        }

        foreach (var a in attendances)
        {
            if (!a.Present && a.MemberId == 0)
            {
                Report(findings, "ABSENT", "attendance", [a], a.MeetingId, a.MemberId);
            }

            if (meetings.TryGetValue(a.MeetingId, out var m) && bodies.TryGetValue(m.BodyId, out var b) && a.MemberId >= b.Members)
            {
                Report(findings, "ATTENDEE-NOT-MEMBER", "attendance", [a, m, b], m.Id, a.MemberId);
            }
        }

        foreach (var b in bodies.Values)
        {
            if (b.Members < 3)
            {
                Report(findings, "BODY-SMALL", "body", [b], b.Id, b.Members);
            }
        }

        return findings;
    }

    private static void Add<T>(Dictionary<int, List<T>> index, int key, T item)
    {
        if (!index.TryGetValue(key, out var list))
        {
            list = [];
            index.Add(key, list);
        }

        list.Add(item);
    }

    private void Report(List<Finding> findings, string id, string path, ImmutableArray<object> facts, int key, object? value)
    {
        var m = meta[id];
        ReadOnlySpan<(string Name, object? Value)> arguments = [("id", key), ("value", value)];
        findings.Add(new Finding
        {
            RuleId = id,
            MessageKey = id,
            Severity = m.DefaultSeverity,
            Message = new LocalizedText(
                MessageTemplate.Fill(m.Message!.Swedish, id, arguments, MessageCatalogue.Swedish),
                MessageTemplate.Fill(m.Message!.English, id, arguments, MessageCatalogue.English)),
            Basis = m.Basis,
            Path = path,
            Facts = facts,
            Arguments = [new("id", key), new("value", value)],
        });
    }
}
