using System.Globalization;
using System.Text.Json;
using Trygghet.Domain.Procedure;
using Trygghet.Domain.Samples;

namespace Trygghet.Domain.Tests.Procedure;

/// <summary>The notice of attestation (KL 8 kap. 12 §) and the feed of current notices.</summary>
public sealed class NoticeBoardTests
{
    /// <summary>The ANSLAG/BEVIS block of seed 000 (Trygghetsutskottet 2020-11-20), lines 19-26, as the real protocol prints it.</summary>
    private const string SeedBlock = """
        ANSLAG/BEVIS

        Protokollet är justerat. Justeringen har tillkännagivits genom anslag.

        Organ:	Trygghetsutskottet		
        Sammanträdesdatum:	2020-11-20		
        Datum för anslags uppsättande:	2020-11-25	Datum för anslags nedtagande:	2020-12-16
        Förvaringsplats för protokoll:	Kommunledningskontoret		
        """;

    private static readonly ProcedureSettings Strict = new() { NoticeRemoval = NoticeRemovalPolicy.AfterLastAppealDay };

    /// <summary>The block's "label:[tab]value" pairs.</summary>
    private static Dictionary<string, string> Fields(string block)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in block.Split('\n'))
        {
            var cells = line.Split('\t', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            for (var i = 0; i + 1 < cells.Length; i += 2)
            {
                fields[cells[i].TrimEnd(':')] = cells[i + 1];
            }
        }

        return fields;
    }

    [Fact]
    public void For_SeedProtocol_AgreesWithItsRealNoticeBlock()
    {
        var seed = Fields(SeedBlock);

        var notice = NoticeBoardEntry.For(SeedCatalogue.SafetyCommitteeProtocol20201120, settings: Strict);
        var text = Fields(notice.ToText(null).Replace(": ", ":\t", StringComparison.Ordinal));

        Assert.Equal(seed["Organ"], notice.Organ);
        Assert.Equal(seed["Sammanträdesdatum"], notice.MeetingDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Assert.Equal(seed["Datum för anslags uppsättande"], notice.Posted.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Assert.Equal(seed["Förvaringsplats för protokoll"], notice.ProtocolKeptAt);
        foreach (var label in new[] { "Organ", "Sammanträdesdatum", "Datum för anslags uppsättande", "Förvaringsplats för protokoll" })
        {
            Assert.Equal(seed[label], text[label]);
        }
    }

    [Fact]
    public void For_SeedProtocol_MayComeDownTheDayAfterTheLastAppealDay()
    {
        var notice = NoticeBoardEntry.For(SeedCatalogue.SafetyCommitteeProtocol20201120, settings: Strict);

        // KL 13:5: three weeks from 2020-11-25 is Wednesday 2020-12-16; the notice must be up that whole day.
        Assert.Equal(new DateOnly(2020, 12, 16), notice.AppealPeriodEnds);
        Assert.Equal(new DateOnly(2020, 12, 17), notice.EarliestRemoval);
        Assert.Contains("senast 2020-12-16", notice.ToText(null), StringComparison.Ordinal);
        Assert.Contains("by 2020-12-16", notice.ToText(CultureInfo.GetCultureInfo("en")), StringComparison.Ordinal);
        Assert.DoesNotContain("förvaltningsrätten", notice.ToText(CultureInfo.GetCultureInfo("en")), StringComparison.Ordinal);
    }

    [Fact]
    public void For_UnattestedProtocol_Throws_AndAProtocolWithoutNoticeNeedsAPostingDay()
    {
        var seed = SeedCatalogue.SafetyCommitteeProtocol20201120;

        Assert.Throws<InvalidOperationException>(() => NoticeBoardEntry.For(seed with { Attestation = null, Notice = null }));
        Assert.Equal("posted", Assert.Throws<ArgumentException>(() => NoticeBoardEntry.For(seed with { Notice = null })).ParamName);
        Assert.Equal(new DateOnly(2020, 11, 26), NoticeBoardEntry.For(seed with { Notice = null }, new DateOnly(2020, 11, 26)).Posted);
    }

    [Fact]
    public void Current_IsUpFromPostingUntilTheDayBeforeItMayComeDown()
    {
        var notice = NoticeBoardEntry.For(SeedCatalogue.SafetyCommitteeProtocol20201120, settings: Strict);
        var days = Enumerable.Range(0, 40).Select(i => new DateOnly(2020, 11, 20).AddDays(i));

        var up = days.Where(d => NoticeBoard.Current([notice], d).Count == 1).ToList();

        Assert.Equal(new DateOnly(2020, 11, 25), up[0]);
        Assert.Equal(new DateOnly(2020, 12, 16), up[^1]);
        Assert.Equal(up[^1].DayNumber - up[0].DayNumber + 1, up.Count);
    }

    [Fact]
    public void ToJsonFeed_CarriesTheStructuredNoticeOfEveryCurrentNotice()
    {
        var notice = NoticeBoardEntry.For(SeedCatalogue.SafetyCommitteeProtocol20201120, settings: Strict);
        var later = notice with { Organ = "Socialnämnden", Posted = new DateOnly(2020, 12, 20), EarliestRemoval = new DateOnly(2021, 1, 12) };

        using var feed = JsonDocument.Parse(NoticeBoard.ToJsonFeed([later, notice], new DateOnly(2020, 12, 1), "Anslagstavla"));

        Assert.Equal(NoticeBoard.JsonFeedVersion, feed.RootElement.GetProperty("version").GetString());
        var item = Assert.Single(feed.RootElement.GetProperty("items").EnumerateArray());
        Assert.Equal("trygghetsutskottet-2020-11-20", item.GetProperty("id").GetString());
        var record = item.GetProperty("_notice");
        Assert.Equal("Trygghetsutskottet", record.GetProperty("organ").GetString());
        Assert.Equal("2020-11-25", record.GetProperty("posted").GetString());
        Assert.Equal("2020-12-17", record.GetProperty("earliestRemoval").GetString());
        Assert.Equal("Kommunledningskontoret", record.GetProperty("protocolKeptAt").GetString());
        Assert.Equal([33, 34, 35, 36, 37, 38, 39], record.GetProperty("paragraphs").EnumerateArray().Select(p => p.GetInt32()));
    }
}
