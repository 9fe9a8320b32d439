using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Trygghet.Domain.Procedure;
using static Trygghet.Domain.Tests.Properties.DomainGenerators;
using ICal = Ical.Net.Calendar;

namespace Trygghet.Domain.Tests.Procedure;

/// <summary>The deadline chain as iCalendar, read back with an independent parser (Ical.Net).</summary>
public sealed class DeadlineCalendarTests
{
    private static readonly DateTimeOffset Stamp = new(2024, 6, 3, 10, 15, 0, TimeSpan.FromHours(2));

    private static Ical.Net.CalendarComponents.CalendarEvent[] Parse(string ics) =>
        [.. ICal.Load<ICal>(ics).Single().Events.OrderBy(e => e.Start!.Date)];

    [Fact]
    public void ToICalendar_SeedMeeting_GivesTheChainAsAllDayEvents()
    {
        // Trygghetsutskottet 2020-11-20, attested and posted 2020-11-25 (seed 000)
        var chain = ProcedureDeadlines.Compute(new DateOnly(2020, 11, 20), new DateOnly(2020, 11, 25), new DateOnly(2020, 11, 25), body: BodyKind.SubCommittee,
            settings: new ProcedureSettings { NoticeRemoval = NoticeRemovalPolicy.AfterLastAppealDay });

        var events = Parse(DeadlineCalendar.ToICalendar(chain, Stamp, "Trygghetsutskottet"));

        Assert.Equal(
            ["2020-11-27", "2020-12-04", "2020-12-16", "2020-12-17", "2020-12-17"],
            events.Select(e => e.Start!.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        Assert.All(events, e => Assert.True(e.IsAllDay));
        Assert.All(events, e => Assert.Equal(e.Start!.Date.AddDays(1), e.End!.Date));
        Assert.All(events, e => Assert.StartsWith("Trygghetsutskottet 2020-11-20: ", e.Summary, StringComparison.Ordinal));
        Assert.Contains(events, e => e.Summary!.EndsWith("Anslaget får tas ned", StringComparison.Ordinal) && e.Start!.Date == new DateOnly(2020, 12, 17));
        Assert.Contains(events, e => e.Summary!.EndsWith("Överklagandetiden slutar", StringComparison.Ordinal) && e.Description!.Contains("KL 13 kap. 5 §", StringComparison.Ordinal));
        Assert.All(events, e => Assert.Equal(Stamp.UtcDateTime, e.DtStamp!.AsUtc));
    }

    [Fact]
    public void ToICalendar_DeadlineOnChristmasEve_SaysItWasMovedAndWhy()
    {
        var chain = ProcedureDeadlines.Compute(new DateOnly(2020, 12, 10));

        var attestation = Parse(DeadlineCalendar.ToICalendar(chain, Stamp, culture: CultureInfo.GetCultureInfo("en"))).First(e => e.Summary!.Contains("attest", StringComparison.Ordinal));

        Assert.Equal(new DateOnly(2020, 12, 28), attestation.Start!.Date);
        Assert.Contains("Moved from 2020-12-24 to the next working day", attestation.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void ToICalendar_NoticeCameDownEarly_HasNoLegallyFinalEvent()
    {
        var chain = ProcedureDeadlines.Compute(new DateOnly(2020, 11, 20), new DateOnly(2020, 11, 25), new DateOnly(2020, 11, 25), new DateOnly(2020, 12, 10));

        var events = Parse(DeadlineCalendar.ToICalendar(chain, Stamp));

        Assert.Equal(4, events.Length);
        Assert.DoesNotContain(events, e => e.Summary!.Contains("Laga kraft", StringComparison.Ordinal));
    }

    [Fact]
    public void ToICalendar_OrganWithSeparatorsAndLongText_RoundTripsThroughEscapingAndFolding()
    {
        var organ = "Nämnden för trygghet, säkerhet; och \\ brottsförebyggande arbete i Upplands-Bro kommun";
        var chain = ProcedureDeadlines.Compute(new DateOnly(2021, 3, 1));

        var ics = DeadlineCalendar.ToICalendar(chain, Stamp, organ);

        Assert.All(Parse(ics), e => Assert.StartsWith(organ + " 2021-03-01: ", e.Summary, StringComparison.Ordinal));
        Assert.DoesNotContain(ics.Replace("\r\n", string.Empty, StringComparison.Ordinal), "\n", StringComparison.Ordinal);
    }

    [Fact]
    public void ToICalendar_SameChainTwice_GivesTheSameUids_AndOtherOrgansOthers()
    {
        var chain = ProcedureDeadlines.Compute(new DateOnly(2021, 3, 1));

        var first = Parse(DeadlineCalendar.ToICalendar(chain, Stamp, "Socialnämnden")).Select(e => e.Uid).ToList();
        var again = Parse(DeadlineCalendar.ToICalendar(chain, Stamp.AddDays(3), "Socialnämnden")).Select(e => e.Uid).ToList();
        var other = Parse(DeadlineCalendar.ToICalendar(chain, Stamp, "Kommunstyrelsen")).Select(e => e.Uid).ToList();

        Assert.Equal(first, again);
        Assert.Equal(first.Count, first.Distinct().Count());
        Assert.Empty(first.Intersect(other));
    }

    /// <summary>Meetings 2018 to 2199-10-31, recorded or not, by any body: the file always says the chain's own dates.</summary>
    private static readonly Arbitrary<(DateOnly Meeting, int? AttestAfter, int? PostAfter, BodyKind Body)> Chains = Arb.From(
        from day in Gen.Choose(new DateOnly(2018, 1, 1).DayNumber, new DateOnly(2199, 10, 31).DayNumber).Select(DateOnly.FromDayNumber)
        from attest in Gen.OneOf(Gen.Constant<int?>(null), Gen.Choose(0, 20).Select(d => (int?)d))
        from post in Gen.OneOf(Gen.Constant<int?>(null), Gen.Choose(0, 5).Select(d => (int?)d))
        from body in Gen.Elements(Enum.GetValues<BodyKind>())
        select (day, attest, post, body));

    [Fact]
    public void ToICalendar_AnyChain_ParsesBackToItsStepsWithFoldedLines() =>
        Prop.ForAll(Chains, c =>
        {
            var attested = c.AttestAfter is { } a ? c.Meeting.AddDays(a) : (DateOnly?)null;
            var posted = attested is { } at && c.PostAfter is { } p ? at.AddDays(p) : (DateOnly?)null;
            var chain = ProcedureDeadlines.Compute(c.Meeting, attested, posted, body: c.Body);
            var ics = DeadlineCalendar.ToICalendar(chain, Stamp, "Kommunfullmäktige i Upplands-Bro, sammanträde");
            var lines = ics.Split("\r\n");
            return Parse(ics).Select(e => e.Start!.Date).SequenceEqual(DeadlineStep.Steps(chain).Select(s => s.Date).Order())
                && lines.All(l => Encoding.UTF8.GetByteCount(l) <= 75)
                && lines[^1].Length == 0;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(300));
}
