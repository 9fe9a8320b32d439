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
        [.. RuleHarness.Run(CouncilRules.All, CouncilFacts.From(report), asOf).Select(f => $"{f.RuleId} {f.Path}: {f.Message.Swedish}").Order(StringComparer.Ordinal)];

    [Fact]
    public void Seed_AsOfTheEndOf2017_HasNoFindings() => Assert.Empty(Messages(Seed, new DateOnly(2017, 12, 31)));

    [Fact]
    public void Seed_AsOf20190101_MissesThe2018ReportsButNotThe2018Dialogue()
    {
        Assert.Equal(
            [
                "RAD-REDOGORELSE-MISSAD submissions: Ingen redogörelse vid bokslutet per 2018-12-31.",
                "RAD-REDOGORELSE-MISSAD submissions: Ingen redogörelse vid halvårsbokslutet per 2018-06-30.",
            ],
            Messages(Seed, new DateOnly(2019, 1, 1)));
    }

    [Fact]
    public void Seed_AsOf20200101_AlsoMissesThe2019Dialogue()
    {
        var messages = Messages(Seed, new DateOnly(2020, 1, 1));
        Assert.Contains("RAD-MEDBORGARDIALOG-MISSAD dialogues: Ingen medborgardialog år 2019.", messages);
        Assert.Equal(4, messages.Count(m => m.StartsWith("RAD-REDOGORELSE-MISSAD", StringComparison.Ordinal)));
    }

    [Fact]
    public void Council_WithBothReportsAndADialogueEveryYear_HasNoFindings()
    {
        var kept = Seed with
        {
            Submissions = [.. Seed.Submissions, new(2018, ReportingOccasion.HalfYearAccounts), new(2018, ReportingOccasion.AnnualAccounts)],
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
