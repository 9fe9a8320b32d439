using FsCheck;
using FsCheck.Fluent;
using Trygghet.Domain.Agreements;
using Trygghet.Domain.Common;
using Trygghet.Domain.Portfolio;
using Trygghet.Domain.Portfolio.Facts;
using Trygghet.Domain.Samples;
using Trygghet.Domain.Tests.Agreements.Rules;
using static Trygghet.Domain.Tests.Properties.AgreementGenerators;
using Trygghet.Domain.Tests.Rules;

namespace Trygghet.Domain.Tests.Properties;

/// <summary>Laws of agreement validity and of portfolios of successive agreements.</summary>
public sealed class AgreementProperties
{
    [DomainProperty]
    public Property Gaps_AreExactlyTheUncoveredDaysBetweenFirstStartAndLastEnd_AsMaximalRuns() =>
        Prop.ForAll(Portfolios, ranges =>
        {
            var counts = CoverageCounts(ranges);
            var uncovered = counts.Where(kv => kv.Value == 0).Select(kv => kv.Key).ToHashSet();
            var gaps = Coverage.Gaps(ranges);
            var gapDays = gaps.SelectMany(g => g.Days.Days()).ToList();
            var maximal = gaps.Zip(gaps.Skip(1)).All(p => p.First.Days.End.DayNumber + 1 < p.Second.Days.Start.DayNumber);
            var bounded = gaps.All(g =>
                ranges[g.BeforeIndex].End.AddDays(1) == g.Days.Start && ranges[g.AfterIndex].Start.AddDays(-1) == g.Days.End);
            return gapDays.Count == uncovered.Count && uncovered.SetEquals(gapDays) && maximal && bounded;
        });

    [DomainProperty]
    public Property PortfolioGapAndOverlapFindings_AgreeWithTheDayByDayOracle() =>
        Prop.ForAll(Portfolios, ranges =>
        {
            var portfolio = SeedCatalogue.UpplandsBroPortfolio with
            {
                Promises = [],
                Agreements = [.. ranges.Select((r, i) => new CooperationAgreement(new CaseNumber("KS", 2020, i + 1, CaseNumberFormat.RegistryShortYear), "Överenskommelse", r))],
            };
            var findings = RuleHarness.Run(RuleHarness.AgreementRuleSet, PortfolioFacts.From(portfolio), new DateOnly(2022, 1, 1));
            HashSet<DateOnly> DaysOf(string ruleId) =>
                [.. findings.Where(f => f.RuleId == ruleId).SelectMany(f => DateRange.TryParse((string)f.Arguments.Single(a => a.Key is "gap" or "overlap").Value!).Value.Days())];
            var counts = CoverageCounts(ranges);
            return DaysOf("PORTFOLJ-GLAPP").SetEquals(counts.Where(kv => kv.Value == 0).Select(kv => kv.Key))
                && DaysOf("PORTFOLJ-OVERLAPP").SetEquals(counts.Where(kv => kv.Value >= 2).Select(kv => kv.Key));
        });

    [DomainProperty]
    public Property Overlaps_CoverExactlyTheDaysCoveredTwice() =>
        Prop.ForAll(Portfolios, ranges =>
        {
            var twice = CoverageCounts(ranges).Where(kv => kv.Value >= 2).Select(kv => kv.Key).ToHashSet();
            var overlaps = Coverage.Overlaps(ranges);
            var pairsExact = overlaps.All(o =>
                o.FirstIndex < o.SecondIndex
                && o.Days.Days().All(d => ranges[o.FirstIndex].Contains(d) && ranges[o.SecondIndex].Contains(d))
                && ranges[o.FirstIndex].Intersect(ranges[o.SecondIndex]) == o.Days);
            return twice.SetEquals(overlaps.SelectMany(o => o.Days.Days())) && pairsExact;
        });

    [DomainProperty]
    public Property Uncovered_IsExactlyTheSpanMinusTheCover() =>
        Prop.ForAll(Portfolios, ranges =>
        {
            var span = ranges[0];
            var cover = ranges.Skip(1).ToList();
            var expected = span.Days().Where(d => !cover.Any(c => c.Contains(d))).ToHashSet();
            var parts = Coverage.Uncovered(span, cover);
            var days = parts.SelectMany(p => p.Days()).ToList();
            return days.Count == expected.Count && expected.SetEquals(days)
                && parts.Zip(parts.Skip(1)).All(p => p.First.End.DayNumber + 1 < p.Second.Start.DayNumber);
        });

    [DomainProperty]
    public Property ValidityStatus_IsMonotoneInTime_NeverValidAfterExpired() =>
        Prop.ForAll(ValidityCases, c =>
            Rank(DocumentValidity.Evaluate(c.Range, c.First, c.WarnDays)) <= Rank(DocumentValidity.Evaluate(c.Range, c.Second, c.WarnDays)));

    [DomainProperty]
    public Property ValidityStatus_ValidOrExpiringExactlyInsideTheRange() =>
        Prop.ForAll(ValidityCases, c =>
            DocumentValidity.Evaluate(c.Range, c.First, c.WarnDays) is ValidityStatus.Valid or ValidityStatus.Expiring == c.Range.Contains(c.First));

    [DomainProperty]
    public Property MeasureNumber_ParseOfText_RoundTrips() =>
        Prop.ForAll(
            Arb.From(from a in Gen.Choose(1, 99) from n in Gen.Choose(1, 99) select new MeasureNumber(a, n)),
            number => MeasureNumber.Parse(number.Text) == number && MeasureNumber.Parse("Insats " + number.Text) == number);

    private static int Rank(ValidityStatus status) => status switch
    {
        ValidityStatus.NotYetValid => 0,
        ValidityStatus.Valid => 1,
        ValidityStatus.Expiring => 2,
        _ => 3,
    };

    private static Dictionary<DateOnly, int> CoverageCounts(DateRange[] ranges)
    {
        var first = ranges.Min(r => r.Start);
        var last = ranges.Max(r => r.End);
        return new DateRange(first, last).Days().ToDictionary(d => d, d => ranges.Count(r => r.Contains(d)));
    }
}
