using System.Globalization;
using Trygghet.Domain.Common;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Rules.Authoring;
using Trygghet.Domain.Rules.Runtime;

namespace Trygghet.Domain.Benchmarks;

public sealed record Meeting(int Id, int BodyId, DateOnly Date);

public sealed record Protocol(int MeetingId, DateOnly? Attested, DateOnly? Posted, string Path);

public sealed record Paragraph(int MeetingId, int Number, bool HasDecision, string Path);

public sealed record Attendance(int MeetingId, int MemberId, bool Present);

public sealed record Body(int Id, int Members);

public sealed record NoticeDeadline(int MeetingId, DateOnly Date);

/// <summary>A benchmark rule whose definition is a lambda.</summary>
public sealed class BenchRule(string id, Action<RuleBuilder> define, Severity severity = Severity.Error) : Rule
{
    public override RuleMetadata Metadata { get; } = new()
    {
        Id = id,
        Name = new LocalizedText("Regel " + id, "Rule " + id),
        Description = new LocalizedText("Benchmarkregel.", "Benchmark rule."),
        Message = new LocalizedText("{id}: {value}", "{id}: {value}"),
        Basis = LegalBasis.Document(new LocalizedText("Benchmark", "Benchmark")),
        DefaultSeverity = severity,
    };

    protected override void Define(RuleBuilder rule) => define(rule);
}

/// <summary>About 20 representative rules: single-fact checks, two- and three-way joins, chaining, negation.</summary>
public static class BenchmarkRules
{
    public static readonly DateOnly AsOf = new(2024, 6, 1);

    /// <summary>
    /// The session options of every benchmark: <see cref="AsOf"/>, and no cap on findings per rule. Both engines
    /// stop a rule at <see cref="TrygghetLimits.MaxFindingsPerRule"/> (100) findings by default; at 1,000 facts
    /// and more some rules pass that, and a capped engine would do less work than the hand-written checks.
    /// </summary>
    public static SessionOptions Options { get; } = new() { AsOf = AsOf, MaxFindingsPerRule = int.MaxValue };

    public static Rule[] All() =>
    [
        new BenchRule("PROTO-NOT-ATTESTED", r => r.Match<Protocol>(p => p.Attested is null).Then((c, p) => c.Report(p.Path, ("id", p.MeetingId), ("value", "")))),
        new BenchRule("PROTO-NOT-POSTED", r => r.Match<Protocol>(p => p.Posted is null).Then((c, p) => c.Report(p.Path, ("id", p.MeetingId), ("value", "")))),
        new BenchRule("PROTO-POSTED-EARLY", r => r.Match<Protocol>(p => p.Posted < p.Attested).Then((c, p) => c.Report(p.Path, ("id", p.MeetingId), ("value", p.Posted)))),
        new BenchRule("PARA-NO-DECISION", r => r.Match<Paragraph>(p => !p.HasDecision).Then((c, p) => c.Report(p.Path, ("id", p.MeetingId), ("value", p.Number)))),
        new BenchRule("PARA-NUMBER", r => r.Match<Paragraph>(p => p.Number <= 0).Then((c, p) => c.Report(p.Path, ("id", p.MeetingId), ("value", p.Number)))),
        new BenchRule("MEETING-WEEKEND", r => r.Match<Meeting>(m => m.Date.DayOfWeek == DayOfWeek.Sunday).Then((c, m) => c.Report("meeting", ("id", m.Id), ("value", m.Date))), Severity.Warning),
        new BenchRule("MEETING-FUTURE", r => r.Match<Meeting>(m => m.Date > AsOf).Then((c, m) => c.Report("meeting", ("id", m.Id), ("value", m.Date)))),
        new BenchRule("ABSENT", r => r.Match<Attendance>(a => !a.Present && a.MemberId == 0).Then((c, a) => c.Report("attendance", ("id", a.MeetingId), ("value", a.MemberId))), Severity.Info),
        new BenchRule("BODY-SMALL", r => r.Match<Body>(b => b.Members < 3).Then((c, b) => c.Report("body", ("id", b.Id), ("value", b.Members)))),
        new BenchRule("PROTO-PATH", r => r.Match<Protocol>(p => p.Path.Length == 0).Then((c, p) => c.Report(p.Path, ("id", p.MeetingId), ("value", "")))),
        new BenchRule("ATTEST-LATE", r => r.Match<Protocol>(p => p.Attested is not null)
            .Join<Meeting, int>(p => p.MeetingId, m => m.Id, (p, m) => p.Attested > m.Date.AddDays(14))
            .Then((c, p, m) => c.Report(p.Path, ("id", m.Id), ("value", p.Attested)))),
        new BenchRule("ATTEST-BEFORE", r => r.Match<Protocol>(p => p.Attested is not null)
            .Join<Meeting, int>(p => p.MeetingId, m => m.Id, (p, m) => p.Attested < m.Date)
            .Then((c, p, m) => c.Report(p.Path, ("id", m.Id), ("value", p.Attested)))),
        new BenchRule("PARA-MANY", r => r.Match<Paragraph>(p => p.Number > 60)
            .Join<Meeting, int>(p => p.MeetingId, m => m.Id)
            .Then((c, p, m) => c.Report(p.Path, ("id", m.Id), ("value", p.Number)))),
        new BenchRule("SMALL-BODY-SUNDAY", r => r.Match<Meeting>(m => m.Date.DayOfWeek == DayOfWeek.Sunday)
            .Join<Body, int>(m => m.BodyId, b => b.Id, (m, b) => b.Members < 5)
            .Then((c, m, b) => c.Report("meeting", ("id", m.Id), ("value", b.Members)))),
        new BenchRule("ATTENDEE-NOT-MEMBER", r => r.Match<Attendance>()
            .Join<Meeting, int>(a => a.MeetingId, m => m.Id)
            .Join<Body, int>((a, m) => m.BodyId, b => b.Id, (a, m, b) => a.MemberId >= b.Members)
            .Then((c, a, m, b) => c.Report("attendance", ("id", m.Id), ("value", a.MemberId)))),
        new BenchRule("UNATTESTED-UNDECIDED", r => r.Match<Protocol>(p => p.Attested is null)
            .Join<Paragraph, int>(p => p.MeetingId, q => q.MeetingId, (p, q) => !q.HasDecision)
            .Then((c, p, q) => c.Report(q.Path, ("id", p.MeetingId), ("value", q.Number)))),
        new BenchRule("DERIVE-NOTICE-DEADLINE", r => r.Inserts<NoticeDeadline>().Match<Protocol>(p => p.Attested is not null)
            .Then((c, p) => c.Insert(new NoticeDeadline(p.MeetingId, p.Attested!.Value.AddDays(2))))),
        new BenchRule("NOTICE-LATE", r => r.Match<NoticeDeadline>()
            .Join<Protocol, int>(d => d.MeetingId, p => p.MeetingId, (d, p) => p.Posted > d.Date)
            .Then((c, d, p) => c.Report(p.Path, ("id", d.MeetingId), ("value", d.Date)))),
        new BenchRule("MEETING-NO-PROTOCOL", r => r.Match<Meeting>()
            .NotExists<Protocol, int>(m => m.Id, p => p.MeetingId)
            .Then((c, m) => c.Report("meeting", ("id", m.Id), ("value", m.Date)))),
        new BenchRule("PROTOCOL-NO-MEETING", r => r.Match<Protocol>()
            .NotExists<Meeting, int>(p => p.MeetingId, m => m.Id)
            .Then((c, p) => c.Report(p.Path, ("id", p.MeetingId), ("value", "")))),
    ];

    /// <summary>About <paramref name="count"/> facts: per meeting 1 meeting, 1 protocol, 4 paragraphs, 4 attendances (10), bodies shared.</summary>
    public static object[] Facts(int count, int seed = 42)
    {
        var random = new Random(seed);
        var facts = new List<object>(count + 16);
        var bodies = Math.Max(1, count / 100);
        for (var b = 0; b < bodies; b++)
        {
            facts.Add(new Body(b, random.Next(2, 15)));
        }

        for (var id = 0; facts.Count < count; id++)
        {
            var date = new DateOnly(2023, 1, 1).AddDays(random.Next(0, 560));
            facts.Add(new Meeting(id, random.Next(bodies), date));
            if (random.Next(50) != 0)
            {
                var attested = random.Next(10) == 0 ? (DateOnly?)null : date.AddDays(random.Next(-1, 17));
                var posted = attested is null ? null : (DateOnly?)attested.Value.AddDays(random.Next(-1, 4));
                facts.Add(new Protocol(random.Next(100) == 0 ? id + 1_000_000 : id, attested, posted, string.Create(CultureInfo.InvariantCulture, $"meetings[{id}].protocol")));
            }

            for (var n = 1; n <= 4; n++)
            {
                facts.Add(new Paragraph(id, random.Next(100) == 0 ? 61 : n, random.Next(20) != 0, string.Create(CultureInfo.InvariantCulture, $"meetings[{id}].paragraphs[{n}]")));
            }

            for (var m = 0; m < 4; m++)
            {
                facts.Add(new Attendance(id, random.Next(0, 12), random.Next(10) != 0));
            }
        }

        return [.. facts];
    }
}
