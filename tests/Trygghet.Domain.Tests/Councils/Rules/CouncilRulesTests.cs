using Trygghet.Domain.Common;
using Trygghet.Domain.Councils;
using Trygghet.Domain.Councils.Facts;
using Trygghet.Domain.Plans;
using Trygghet.Domain.Councils.Rules;
using Trygghet.Domain.Samples;
using Trygghet.Domain.Tests.Rules;

namespace Trygghet.Domain.Tests.Councils.Rules;

public sealed class CouncilRulesTests
{
    private static readonly SafetyCouncilReport Seed = SeedCatalogue.VarmdoSafetyCouncilReport;

    private static string[] Messages(SafetyCouncilReport report, DateOnly asOf) =>
        [.. RuleHarness.Run(CouncilReportDocument.Descriptor.Rules, CouncilFacts.From(report), asOf).Select(f => $"{f.RuleId} {f.Path}: {f.Message.Swedish}").Order(StringComparer.Ordinal)];

    // The duties apply from "maj 2017" (month precision): the half-year of 2017 was under them whatever the day in May,
    // and the report records only the annual report of 2017.
    [Fact]
    public void Seed_AsOfTheEndOf2017_MissesOnlyTheHalfYearReportOf2017() =>
        Assert.Equal(
            ["RAD-REDOGORELSE-MISSAD $.submissions: Ingen redogörelse vid halvårsbokslutet per 2017-06-30."],
            Messages(Seed, new DateOnly(2017, 12, 31)));

    [Fact]
    public void DutiesFromOnlyAYear_TheHalfYearIsTooVagueToJudge_NotMissed()
    {
        var vague = Seed with { DutiesFrom = ImpreciseDate.InYear(2017) };

        Assert.Equal(
            ["RAD-REDOGORELSE-FOR-VAG $.submissions: Skyldigheterna gäller från 2017; det räcker inte för att avgöra om en redogörelse per 2017-06-30 var krävd."],
            Messages(vague, new DateOnly(2017, 12, 31)));
    }

    [Fact]
    public void DutiesFromAnAutumn_DecidesEveryHalfYear_NothingTooVague() =>
        Assert.Empty(Messages(Seed with { DutiesFrom = ImpreciseDate.InSeason(2017, Season.Autumn) }, new DateOnly(2017, 12, 31)));

    [Fact]
    public void DutiesFromOnlyAYear_AYearWithoutDialogueBeforeItIsTooVague()
    {
        var vague = Seed with { DutiesFrom = ImpreciseDate.InYear(2016), Submissions = [], Dialogues = [] };

        var messages = Messages(vague, new DateOnly(2017, 1, 1));

        // the year 2016 is under the duty whatever the day: missed; nothing in it is too vague for dialogues
        Assert.Contains("RAD-MEDBORGARDIALOG-MISSAD $.dialogues: Ingen medborgardialog år 2016.", messages);
        Assert.Contains("RAD-REDOGORELSE-FOR-VAG $.submissions: Skyldigheterna gäller från 2016; det räcker inte för att avgöra om en redogörelse per 2016-06-30 var krävd.", messages);
    }

    [Fact]
    public void Seed_AsOf20190101_MissesThe2018ReportsButNotThe2018Dialogue()
    {
        Assert.Equal(
            [
                "RAD-REDOGORELSE-MISSAD $.submissions: Ingen redogörelse vid bokslutet per 2018-12-31.",
                "RAD-REDOGORELSE-MISSAD $.submissions: Ingen redogörelse vid halvårsbokslutet per 2017-06-30.",
                "RAD-REDOGORELSE-MISSAD $.submissions: Ingen redogörelse vid halvårsbokslutet per 2018-06-30.",
            ],
            Messages(Seed, new DateOnly(2019, 1, 1)));
    }

    [Fact]
    public void Seed_AsOf20200101_AlsoMissesThe2019Dialogue()
    {
        var messages = Messages(Seed, new DateOnly(2020, 1, 1));
        Assert.Contains("RAD-MEDBORGARDIALOG-MISSAD $.dialogues: Ingen medborgardialog år 2019.", messages);
        Assert.Equal(5, messages.Count(m => m.StartsWith("RAD-REDOGORELSE-MISSAD", StringComparison.Ordinal)));
    }

    [Fact]
    public void Council_WithBothReportsAndADialogueEveryYear_HasNoFindings()
    {
        var kept = Seed with
        {
            Submissions = [.. Seed.Submissions, new(2017, ReportingOccasion.HalfYearAccounts), new(2018, ReportingOccasion.HalfYearAccounts), new(2018, ReportingOccasion.AnnualAccounts)],
            Dialogues = [.. Seed.Dialogues],
        };
        Assert.Empty(Messages(kept, new DateOnly(2019, 1, 1)));
    }

    [Fact]
    public void DialogueSpanningTwoYears_CountsForBoth()
    {
        var statuses = CouncilDuties.Dialogues(new DateOnly(2017, 9, 21), [new DateRange(new DateOnly(2017, 10, 9), new DateOnly(2018, 12, 31))], new DateOnly(2019, 1, 1));
        Assert.Equal(
            [DutyStatus.Met, DutyStatus.Met, DutyStatus.Due],
            statuses.Select(s => s.Status));
    }
}
